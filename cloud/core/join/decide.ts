import type * as z from 'zod/mini';
import type { JoinRequest } from '../../../contracts/account';
import type { DecideJoinInput } from '../../../contracts/org';
import { requireBranchScope, type Actor } from '../access';
import { admitMember } from '../account/users';
import { AppError } from '../errors';
import { findBranch, incrementMemberCount } from '../org/branches';
import { claimRosterRow, findRosterRow } from '../org/roster';
import { updatedCount } from '../sdk';
import { findJoinRequest, joinRequests, toJoinRequest, type JoinRequestDoc } from './requests';

const ALREADY_DECIDED = '该申请已处理，请刷新后查看';

/** Approves or rejects a pending request: branch admins for their branch, org admins for their org. */
export async function decideJoin(actor: Actor, input: z.output<typeof DecideJoinInput>, now: Date): Promise<JoinRequest> {
  const request = await findJoinRequest(input.requestId);
  if (!request) throw new AppError('NOT_FOUND', '申请不存在');
  if (request.openid === actor.openid) throw new AppError('FORBIDDEN', '不能审批自己的申请');
  const branch = await findBranch(request.branchId);
  if (!branch) throw new AppError('NOT_FOUND', '申请的支部已不存在');
  requireBranchScope(actor, branch);
  if (request.status !== 'pending') throw new AppError('CONFLICT', ALREADY_DECIDED);
  if (input.approve && request.rosterId) {
    const row = await findRosterRow(request.rosterId);
    if (row?.claimedBy && row.claimedBy !== request.openid) {
      throw new AppError('CONFLICT', '名册中的这条记录已被其他账号认领，请驳回后核实');
    }
  }

  const decision: Pick<JoinRequestDoc, 'status' | 'reason' | 'decidedAt' | 'decidedBy'> = {
    status: input.approve ? 'approved' : 'rejected',
    reason: input.approve ? null : (input.reason ?? null),
    decidedAt: now,
    decidedBy: actor.openid,
  };
  // Only the call that moves the request out of 'pending' acts on it, so the same approval
  // sent twice grants membership once.
  const won = await updatedCount(joinRequests().where({ _id: request._id, status: 'pending' }).update({ data: decision }));
  if (won !== 1) throw new AppError('CONFLICT', ALREADY_DECIDED);
  if (input.approve) await admit(request, now);
  return toJoinRequest({ ...request, ...decision });
}

async function admit(request: JoinRequestDoc, now: Date): Promise<void> {
  await admitMember(
    request.openid,
    { orgId: request.orgId, branchId: request.branchId, name: request.name, phone: request.phone },
    now,
  );
  if (request.rosterId) await claimRosterRow(request.rosterId, request.openid);
  await incrementMemberCount(request.branchId);
}
