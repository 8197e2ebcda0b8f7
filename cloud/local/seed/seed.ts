import type { Database } from '../store/database';
import type { AnyObject } from '../store/types';
import { APPLICANT, BRANCHES, ORGS, PERSONAS, ROSTER, SEED_VERSION } from './demo-data';
import type { FileStore } from '../storage/file-store';
import { seedBrandsDemo } from './brands-demo';
import { seedPointsDemo } from './points-demo';
import { seedStationsDemo } from './stations-demo';
import { seedVolunteerDemo } from './volunteer-demo';

/**
 * Writes the demo data once. Idempotent: a marker records the version, and
 * only documents that are missing are inserted, so a demo someone has been
 * using keeps its changes across restarts.
 */
export function seedDemo(db: Database, files: FileStore | null = null): { seeded: boolean } {
  const marker = db.find('_meta', { _id: 'seed' })[0];
  // Each part checks for itself, so a folder seeded before a part existed still gets it.
  const points = seedPointsDemo(db);
  const volunteer = seedVolunteerDemo(db); // after points: a past activity credited 李红梅's points
  const brands = seedBrandsDemo(db, files); // after volunteer: an activity is held under a project
  const stations = seedStationsDemo(db); // after volunteer: links 夏送清凉 to its station
  const parts = [points, volunteer, brands, stations];
  if (marker && marker['version'] === SEED_VERSION) return { seeded: parts.some((p) => p.seeded) };
  const at = new Date('2026-01-05T08:00:00+08:00');
  const memberCount = (branchId: string) =>
    PERSONAS.filter((p) => p.branchId === branchId && p.roles.includes('member')).length;

  insertMissing(db, 'orgs', ORGS);
  insertMissing(
    db,
    'branches',
    BRANCHES.map((b) => ({ ...b, memberCount: memberCount(b._id) })),
  );
  insertMissing(db, 'roster', ROSTER);
  insertMissing(db, 'users', [
    ...PERSONAS.map((p) => ({
      _id: p.openid,
      name: p.name,
      avatarUrl: '',
      phone: p.phone,
      roles: p.roles,
      branchId: p.branchId,
      orgId: p.branchId || p.stationId || p.roles.includes('org_admin') ? 'org_jining' : null,
      stationId: p.stationId,
      createdAt: at,
      updatedAt: at,
    })),
    {
      _id: APPLICANT.openid,
      name: APPLICANT.name,
      avatarUrl: '',
      phone: APPLICANT.phone,
      roles: ['crew'],
      branchId: null,
      orgId: null,
      stationId: null,
      createdAt: at,
      updatedAt: at,
    },
  ]);
  insertMissing(db, 'joinRequests', [
    {
      _id: 'jr_demo_applicant',
      openid: APPLICANT.openid,
      name: APPLICANT.name,
      phone: APPLICANT.phone,
      orgId: 'org_jining',
      branchId: APPLICANT.branchId,
      via: 'invite',
      rosterId: null,
      status: 'pending',
      reason: null,
      // Days old, not months: a secretary answers a join request within the week.
      createdAt: new Date(Date.now() - 3 * 86_400_000 - 5 * 3600_000),
      decidedAt: null,
      decidedBy: null,
    },
  ]);
  db.modify('_meta', { _id: 'seed' }, { version: SEED_VERSION, at: new Date() }, { multi: false, merge: false, upsert: true });
  return { seeded: true };
}

function insertMissing(db: Database, coll: string, docs: AnyObject[]): void {
  const missing = docs.filter((d) => db.find(coll, { _id: d['_id'] }).length === 0);
  if (missing.length) db.insert(coll, missing);
}
