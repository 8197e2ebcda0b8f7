import type { JoinRequest, JoinStatus } from '../../../contracts/account';
import type { Scope } from '../access';
import type { BranchDoc } from '../org/docs';
import { db, findById, findByIds, getList } from '../sdk';

/** A join request as stored. */
export interface JoinRequestDoc {
  _id: string;
  openid: string;
  name: string;
  phone: string | null;
  orgId: string;
  branchId: string;
  via: 'invite' | 'roster';
  /** The roster row this request claims (via 'roster'), else null. */
  rosterId: string | null;
  status: JoinStatus;
  reason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
}

/** How many requests a queue shows at once (the contract has no paging yet). */
const QUEUE_LIMIT = 200;

export const joinRequests = () => db.collection('joinRequests');

export function findJoinRequest(id: string): Promise<JoinRequestDoc | null> {
  return findById<JoinRequestDoc>('joinRequests', id);
}

/** The caller's pending requests, newest first (normally none or one). */
export function pendingJoinsOf(openid: string): Promise<JoinRequestDoc[]> {
  return getList<JoinRequestDoc>(
    joinRequests().where({ openid, status: 'pending' }).orderBy('createdAt', 'desc').limit(10),
  );
}

/** A scope's requests with this status, newest first. */
export function listJoinRequestDocs(scope: Scope, status: JoinStatus): Promise<JoinRequestDoc[]> {
  const where = scope.branch ? { branchId: scope.branch._id, status } : { orgId: scope.orgId, status };
  return getList<JoinRequestDoc>(joinRequests().where(where).orderBy('createdAt', 'desc').limit(QUEUE_LIMIT));
}

/** The shared JoinRequest shape, with each branch's name looked up once. */
export async function toJoinRequests(docs: readonly JoinRequestDoc[]): Promise<JoinRequest[]> {
  const branches = await findByIds<BranchDoc>('branches', docs.map((d) => d.branchId));
  const names = new Map(branches.map((b) => [b._id, b.name]));
  return docs.map((d) => ({
    id: d._id,
    openid: d.openid,
    name: d.name,
    phone: d.phone ?? null,
    orgId: d.orgId,
    branchId: d.branchId,
    branchName: names.get(d.branchId) ?? '',
    via: d.via,
    status: d.status,
    reason: d.reason ?? null,
    createdAt: new Date(d.createdAt).toISOString(),
    decidedAt: d.decidedAt ? new Date(d.decidedAt).toISOString() : null,
  }));
}

export async function toJoinRequest(doc: JoinRequestDoc): Promise<JoinRequest> {
  const [out] = await toJoinRequests([doc]);
  return out!;
}
