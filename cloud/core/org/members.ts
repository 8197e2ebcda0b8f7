import type { MemberSummary } from '../../../contracts/org';
import type { Scope } from '../access';
import { listUsers, type UserDoc } from '../account/users';
import { byName } from '../sort';

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

/** The people of a branch, or of the whole org, by name (pinyin order). */
export async function listMembers(scope: Scope): Promise<MemberSummary[]> {
  const docs = await listUsers(scope.branch ? { branchId: scope.branch._id } : { orgId: scope.orgId });
  return docs.map(toMemberSummary).sort(byName);
}
