import type * as z from 'zod/mini';
import type { JoinRequest, RequestJoinInput } from '../../../contracts/account';
import { ensureUser, orgOf, type UserDoc } from '../account/users';
import { AppError } from '../errors';
import { consume, type Limit } from '../rate-limit';
import { requestDocId } from '../request-id';
import { runTransaction, txFind, updatedCount } from '../sdk';
import { findJoinRequest, joinRequests, pendingJoinsOf, toJoinRequest, type JoinRequestDoc } from './requests';
import { joinTarget } from './target';

/** Invite codes and roster requests alike: every attempt counts, so codes cannot be guessed. */
export const JOIN_ATTEMPTS: Limit = { name: 'join', max: 10, windowMs: 60 * 60_000, what: '申请加入支部的次数过多' };

/** Asks to join a branch; an admin of that branch (or the org) decides. */
export async function requestJoin(
  openid: string,
  input: z.output<typeof RequestJoinInput>,
  now: Date,
): Promise<JoinRequest> {
  // A retried submit (same request id) answers with what the first one filed, and counts nothing.
  const docId = input.requestId ? requestDocId('join', openid, input.requestId) : null;
  const filed = docId ? await findJoinRequest(docId) : null;
  if (filed) return toJoinRequest(filed);
  await ensureUser(openid, now);
  await consume(JOIN_ATTEMPTS, openid, now);
  const target = await joinTarget(input);
  // Reading and then writing the user inside one transaction makes two concurrent requests by the
  // same person conflict; the retried one then sees the other's pending request and is refused.
  const doc = await runTransaction(async (tx): Promise<JoinRequestDoc> => {
    const same = docId ? await txFind<JoinRequestDoc>(tx, 'joinRequests', docId) : null;
    if (same) return same;
    const user = (await tx.collection('users').doc(openid).get()).data as UserDoc;
    if (user.branchId) throw new AppError('CONFLICT', '您已加入支部，无需再次申请');
    const own = orgOf(user);
    if (own && own !== target.branch.orgId) throw new AppError('CONFLICT', '您已属于其他单位，不能申请加入该支部');
    const pending = await pendingJoinsOf(openid);
    // The same submit, filed by a concurrent copy of this call since the read above.
    const filedMeanwhile = pending.find((p) => p._id === docId);
    if (filedMeanwhile) return filedMeanwhile;
    if (pending.length > 0) throw new AppError('CONFLICT', '您已有待审批的申请，请等待审批，或撤回后重新申请');
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
    const { _id } = await tx.collection('joinRequests').add({ data: docId ? { _id: docId, ...fresh } : fresh });
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
