import type * as z from 'zod/mini';
import type { JoinRequest } from '../../../contracts/account';
import type { DecideJoinInput } from '../../../contracts/org';
import { requireBranchScope, type Actor } from '../access';
import { AppError } from '../errors';
import { findBranch } from '../org/branches';
import { runTransaction, txFind } from '../sdk';
import { admitInTx } from './admission';
import { findJoinRequest, toJoinRequest, type JoinRequestDoc } from './requests';

const ALREADY_DECIDED = '该申请已处理，请刷新后查看';

/**
 * Approves or rejects a pending request: branch admins for their branch, org admins for their org.
 * One transaction writes the request, the person and their roster row, so a crash at any point
 * leaves an approved request ⇔ a member. The same decision sent again by the same person (a
 * retry after a timeout) answers with the decided request.
 */
export async function decideJoin(actor: Actor, input: z.output<typeof DecideJoinInput>, now: Date): Promise<JoinRequest> {
  const request = await findJoinRequest(input.requestId);
  if (!request) throw new AppError('NOT_FOUND', '申请不存在');
  if (request.openid === actor.openid) throw new AppError('FORBIDDEN', '不能审批自己的申请');
  const branch = await findBranch(request.branchId);
  if (!branch) throw new AppError('NOT_FOUND', '申请的支部已不存在');
  requireBranchScope(actor, branch);
  const wanted = input.approve ? 'approved' : 'rejected';

  const decided = await runTransaction(async (tx): Promise<JoinRequestDoc> => {
    const current = await txFind<JoinRequestDoc>(tx, 'joinRequests', request._id);
    if (!current) throw new AppError('NOT_FOUND', '申请不存在');
    if (current.status !== 'pending') {
      if (current.status === wanted && current.decidedBy === actor.openid) return current;
      throw new AppError('CONFLICT', ALREADY_DECIDED);
    }
    const decision: Pick<JoinRequestDoc, 'status' | 'reason' | 'decidedAt' | 'decidedBy'> = {
      status: wanted,
      reason: input.approve ? null : (input.reason ?? null),
      decidedAt: now,
      decidedBy: actor.openid,
    };
    if (input.approve) await admitInTx(tx, current, now);
    await tx.collection('joinRequests').doc(current._id).update({ data: decision });
    return { ...current, ...decision };
  });
  return toJoinRequest(decided);
}
