/**
 * The dev sign-in's persona cards as things stand now, not as seeded: a secretary who approved
 * 周航 sees a card for 周航 the party member, not an applicant still waiting.
 */
import { ROLE_LABELS, type Role } from '../../../contracts/account';
import type { DemoPersona } from '../../../contracts/auth';
import type { Database } from '../store/database';
import { APPLICANT, demoPersonas, PERSONAS } from './demo-data';

/** The role a card names first: the work someone does before what they are. */
const RANK: Role[] = ['org_admin', 'branch_admin', 'station_staff', 'member', 'crew'];

function nameOf(db: Database, coll: string, id: unknown): string {
  if (typeof id !== 'string' || !id) return '';
  return (db.find(coll, { _id: id })[0]?.['name'] as string | undefined) ?? '';
}

type Row = Record<string, unknown>;
const stateOf = (top: Role, u: Row, pending: boolean) => [top, u['branchId'] ?? '', u['stationId'] ?? '', pending].join('|');
const topOf = (roles: readonly Role[]) => RANK.find((r) => roles.includes(r)) ?? 'crew';
const seededState = new Map([
  ...PERSONAS.map((p) => [p.openid, stateOf(topOf(p.roles), { ...p }, false)] as const),
  [APPLICANT.openid, stateOf('crew', {}, true)] as const,
]);

/** One card from the person's record: the first role with where it is held, or the join request waiting. */
function current(db: Database, seeded: DemoPersona): DemoPersona {
  const user = db.find('users', { _id: seeded.openid })[0];
  if (!user) return seeded;
  const roles = (user['roles'] as Role[] | undefined) ?? [];
  const top = topOf(roles);
  const where =
    top === 'org_admin'
      ? nameOf(db, 'orgs', user['orgId'])
      : top === 'station_staff'
        ? nameOf(db, 'stations', user['stationId'])
        : top === 'crew'
          ? ''
          : nameOf(db, 'branches', user['branchId']);
  const pending = db.find('joinRequests', { openid: seeded.openid, status: 'pending' })[0];
  const label = pending && top === 'crew' ? '入支部申请人' : [ROLE_LABELS[top], where].filter(Boolean).join(' · ');
  const name = (user['name'] as string | undefined) || seeded.name;
  // Unchanged since the seed: the seed's own card (its words say what to try).
  if (stateOf(top, user, !!pending) === seededState.get(seeded.openid)) return { ...seeded, name };
  const description = pending
    ? `已申请加入${nameOf(db, 'branches', pending['branchId'])}，等待支部书记审核`
    : top === 'member'
      ? '已加入支部：登记积分、报名志愿活动'
      : top === 'crew'
        ? '查找驿站、预约服务；可申请加入党支部'
        : seeded.description;
  return { openid: seeded.openid, name, label, description };
}

export function personasNow(db: Database): DemoPersona[] {
  return demoPersonas().map((p) => current(db, p));
}
