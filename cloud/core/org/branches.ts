import type { BranchSummary } from '../../../contracts/org';
import { _, db, findById, getList, MAX_LIMIT } from '../sdk';
import type { BranchDoc } from './docs';

export const branches = () => db.collection('branches');

export function findBranch(id: string): Promise<BranchDoc | null> {
  return findById<BranchDoc>('branches', id);
}

/** The branches of one org, or of every org when `orgId` is null; by org, then name. */
export function listBranchDocs(orgId: string | null): Promise<BranchDoc[]> {
  const query = orgId ? branches().where({ orgId }) : branches();
  return getList<BranchDoc>(query.orderBy('orgId', 'asc').orderBy('name', 'asc').limit(MAX_LIMIT));
}

export async function findBranchByInviteCode(code: string): Promise<BranchDoc | null> {
  const [branch] = await getList<BranchDoc>(branches().where({ inviteCode: code }).limit(1));
  return branch ?? null;
}

export async function incrementMemberCount(branchId: string): Promise<void> {
  await branches().doc(branchId).update({ data: { memberCount: _.inc(1) } });
}

export function toBranchSummary(b: BranchDoc): BranchSummary {
  return { id: b._id, orgId: b.orgId, name: b.name, brand: b.brand ?? null, memberCount: b.memberCount ?? 0 };
}
