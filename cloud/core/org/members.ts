import type { MemberSummary } from '../../../contracts/org';
import type { Scope } from '../access';
import { listStationStaff, listUsers, type UserDoc } from '../account/users';
import { byName } from '../sort';
import { stationIdsOf } from './stations';

export function toMemberSummary(u: UserDoc): MemberSummary {
  return {
    openid: u._id,
    name: u.name,
    avatarUrl: u.avatarUrl,
    phone: u.phone ?? null,
    roles: u.roles,
    branchId: u.branchId ?? null,
    stationId: u.stationId ?? null,
  };
}

/**
 * The people of a branch, or of the whole org, by name (pinyin order). The whole org includes the
 * staff of its stations, who may belong to no org, so that the admin can see and change them.
 */
export async function listMembers(scope: Scope): Promise<MemberSummary[]> {
  if (scope.branch) return (await listUsers({ branchId: scope.branch._id })).map(toMemberSummary).sort(byName);
  const [people, staff] = await Promise.all([
    listUsers({ orgId: scope.orgId }),
    stationIdsOf(scope.orgId).then(listStationStaff),
  ]);
  const byId = new Map([...people, ...staff].map((u) => [u._id, u]));
  return [...byId.values()].map(toMemberSummary).sort(byName);
}
