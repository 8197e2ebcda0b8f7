import type { BranchSummary } from '../../../contracts/org';
import { _, aggregateList, db, findById, getList, MAX_LIMIT } from '../sdk';
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

/**
 * How many people each branch has, counted from users.branchId (indexed) in one aggregate: no
 * counter to keep in step, so concurrent approvals and crashes cannot make it drift.
 */
export async function memberCounts(branchIds: readonly string[]): Promise<Map<string, number>> {
  if (branchIds.length === 0) return new Map();
  const rows = await aggregateList<{ _id: string; n: number }>(
    db
      .collection('users')
      .aggregate()
      .match({ branchId: _.in([...branchIds]) })
      .group({ _id: '$branchId', n: db.command.aggregate.sum(1) }),
  );
  return new Map(rows.map((r) => [r._id, r.n]));
}

export function toBranchSummary(b: BranchDoc, orgName: string, memberCount: number): BranchSummary {
  return { id: b._id, orgId: b.orgId, orgName, name: b.name, brand: b.brand ?? null, memberCount };
}
