import type * as z from 'zod/mini';
import type { JoinRequest, RequestJoinInput } from '../../../contracts/account';
import { ensureUser, type UserDoc } from '../account/users';
import { AppError } from '../errors';
import { findBranchByInviteCode, findBranch } from '../org/branches';
import type { BranchDoc } from '../org/docs';
import { unclaimedRosterRows } from '../org/roster';
import { runTransaction, updatedCount } from '../sdk';
import { joinRequests, pendingJoinsOf, toJoinRequest, type JoinRequestDoc } from './requests';

/** Where a request would take the person. */
interface JoinTarget {
  branch: BranchDoc;
  via: JoinRequestDoc['via'];
  rosterId: string | null;
  /** The phone the request vouches for (the roster's), else null. */
  phone: string | null;
}

async function byInviteCode(code: string): Promise<JoinTarget> {
  const branch = await findBranchByInviteCode(code);
  if (!branch) throw new AppError('NOT_FOUND', '邀请码无效');
  return { branch, via: 'invite', rosterId: null, phone: null };
}

async function byRoster(name: string, phone: string): Promise<JoinTarget> {
  const rows = (await unclaimedRosterRows(phone)).filter((r) => r.name === name);
  const [row] = rows;
  if (!row) throw new AppError('NOT_FOUND', '名册中没有姓名和手机号都相符的记录，请核对，或向支部索取邀请码');
  if (rows.length > 1) throw new AppError('CONFLICT', '多个单位的名册中都有您的信息，请使用支部邀请码加入');
  const branch = await findBranch(row.branchId);
  if (!branch) throw new AppError('NOT_FOUND', '名册登记的支部已不存在，请联系管理员');
  return { branch, via: 'roster', rosterId: row._id, phone };
}

/** Asks to join a branch; an admin of that branch (or the org) decides. */
export async function requestJoin(
  openid: string,
  input: z.output<typeof RequestJoinInput>,
  now: Date,
): Promise<JoinRequest> {
  await ensureUser(openid, now);
  const target = 'inviteCode' in input ? await byInviteCode(input.inviteCode) : await byRoster(input.name, input.phone);
  // Reading and then writing the user inside one transaction makes two concurrent requests by the
  // same person conflict; the retried one then sees the other's pending request and is refused.
  const doc = await runTransaction(async (tx) => {
    const user = (await tx.collection('users').doc(openid).get()).data as UserDoc;
    if (user.branchId) throw new AppError('CONFLICT', '您已加入支部，无需再次申请');
    if (user.orgId && user.orgId !== target.branch.orgId) {
      throw new AppError('CONFLICT', '您已属于其他单位，不能申请加入该支部');
    }
    if ((await pendingJoinsOf(openid)).length > 0) {
      throw new AppError('CONFLICT', '您已有待审批的申请，请等待审批，或撤回后重新申请');
    }
    const fresh: Omit<JoinRequestDoc, '_id'> = {
      openid,
      name: input.name,
      phone: target.phone ?? user.phone ?? null,
      orgId: target.branch.orgId,
      branchId: target.branch._id,
      via: target.via,
      rosterId: target.rosterId,
      status: 'pending',
      reason: null,
      createdAt: now,
      decidedAt: null,
      decidedBy: null,
    };
    const { _id } = await tx.collection('joinRequests').add({ data: fresh });
    await tx.collection('users').doc(openid).update({ data: { name: fresh.name, phone: fresh.phone, updatedAt: now } });
    return { ...fresh, _id };
  });
  return toJoinRequest(doc);
}

/** Withdraws the caller's pending request. */
export async function cancelJoin(openid: string, now: Date): Promise<null> {
  const cancelled = await updatedCount(
    joinRequests()
      .where({ openid, status: 'pending' })
      .update({ data: { status: 'cancelled', decidedAt: now, decidedBy: openid } }),
  );
  if (cancelled === 0) throw new AppError('NOT_FOUND', '没有待审批的申请');
  return null;
}
