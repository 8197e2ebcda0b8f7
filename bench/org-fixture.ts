/**
 * An organisation at scale for the benchmarks: members spread over its branches with this year's
 * points totals, and each branch's finished volunteer activities with credited attendees — the
 * records the live brand figures, the matrix and the home page read.
 */
import type { LocalCloud } from '../cloud/local/server';
import { seededRandom } from '../tests/cloud/helpers';
import { insertBatched } from './harness';

export interface OrgFixture {
  orgId: string;
  branches: ReadonlyArray<{ id: string; name: string }>;
  members: number;
  year: number;
  activitiesPerBranch: number;
  attendees: number;
  /** Prefix of the members' openids (bm → bm0, bm1 …). */
  prefix: string;
}

export function loadMembersAndActivities(cloud: LocalCloud, f: OrgFixture): void {
  const rnd = seededRandom(42);
  const at = new Date();
  const users: Array<Record<string, unknown>> = [];
  const totals: Array<Record<string, unknown>> = [];
  for (let m = 0; m < f.members; m++) {
    const branchId = f.branches[m % f.branches.length]!.id;
    const openid = `${f.prefix}${m}`;
    users.push({ _id: openid, name: `党员${m}`, avatarUrl: '', phone: null, roles: ['crew', 'member'], branchId, orgId: f.orgId, stationId: null, createdAt: at, updatedAt: at });
    totals.push({ _id: `${f.year}_${openid}`, orgId: f.orgId, branchId, openid, name: `党员${m}`, year: f.year, total: Math.floor(rnd() * 200), byCategory: {}, updatedAt: at });
  }
  insertBatched(cloud, 'users', users);
  insertBatched(cloud, 'pointTotals', totals);

  const activities: Array<Record<string, unknown>> = [];
  const enrollments: Array<Record<string, unknown>> = [];
  f.branches.forEach((branch, b) => {
    for (let k = 0; k < f.activitiesPerBranch; k++) {
      const id = `${f.prefix}a${b}_${k}`;
      const startAt = new Date(`${f.year}-01-01T09:00:00+08:00`);
      startAt.setUTCDate(startAt.getUTCDate() + Math.floor(rnd() * 300));
      let creditedHours = 0;
      for (let e = 0; e < f.attendees; e++) {
        const openid = `${f.prefix}${Math.floor(rnd() * f.members)}`;
        const hours = 1 + Math.floor(rnd() * 6) / 2;
        creditedHours += hours;
        enrollments.push({ _id: `${id}_${openid}_${e}`, activityId: id, openid, status: 'enrolled', seqKey: String(e), hours, credited: true });
      }
      // As closing leaves it: the attendees' credited hours summed on the activity.
      activities.push({ _id: id, orgId: f.orgId, branchId: branch.id, branchName: branch.name, status: 'finished', audience: 'public', title: id, startAt, endAt: startAt, creditedHours });
    }
  });
  insertBatched(cloud, 'activities', activities);
  insertBatched(cloud, 'enrollments', enrollments);
}
