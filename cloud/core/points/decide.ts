import type * as z from 'zod/mini';
import type { Claim, DecideClaimsInput, PointsStandard } from '../../../contracts/points';
import { ERROR_MESSAGES } from '../../../contracts/errors';
import { canManageBranch, type Actor } from '../access';
import { AppError } from '../errors';
import { addMessage } from '../messages/messages';
import { notifyClaimResult } from '../messages/notify';
import { requestDocId } from '../request-id';
import { runTransaction, txFind, type Tx } from '../sdk';
import { checkCaps, grantedUsage, hasCaps } from './caps';
import { CLAIMS, type ClaimDoc, type PendingDoc } from './docs';
import { grant } from './grant';
import { claimApprovedMessage, claimRejectedMessage } from './notices';
import { findClaim, toClaim } from './claims';
import { loadStandard } from './standard';
import { movePending, readPending } from './tally';

const ALREADY_DECIDED = '该申请已处理';

type Decision = Pick<ClaimDoc, 'status' | 'reason' | 'decidedAt' | 'decidedBy' | 'decidedByName' | 'decidedRequest'>;
type DecideInput = z.output<typeof DecideClaimsInput>;

interface Decider {
  actor: Actor;
  name: string;
}

/** Each claim is decided on its own, one after another; a refusal is reported and the rest go on. */
export async function decideClaims(
  decider: Decider,
  input: DecideInput,
  now: Date,
): Promise<{ decided: Claim[]; failed: Array<{ claimId: string; message: string }> }> {
  const decided: Claim[] = [];
  const failed: Array<{ claimId: string; message: string }> = [];
  // The standard (current caps) is read once, for the decider's org: claims of other orgs are refused anyway.
  let standard: Promise<PointsStandard> | null = null;
  const standardOf = (orgId: string) => (standard ??= loadStandard(orgId));
  for (const claimId of [...new Set(input.claimIds)]) {
    try {
      decided.push(await decideOne(decider, claimId, input, standardOf, now));
    } catch (err) {
      if (!(err instanceof AppError)) console.error('[points] decideClaims failed:', err);
      failed.push({ claimId, message: err instanceof AppError ? err.message : ERROR_MESSAGES.INTERNAL });
    }
  }
  return { decided, failed };
}

async function decideOne(
  decider: Decider,
  claimId: string,
  input: DecideInput,
  standardOf: (orgId: string) => Promise<PointsStandard>,
  now: Date,
): Promise<Claim> {
  const claim = await findClaim(claimId);
  if (!claim) throw new AppError('NOT_FOUND', '申请不存在');
  if (claim.openid === decider.actor.openid) throw new AppError('FORBIDDEN', '不能审核自己的申请');
  if (!canManageBranch(decider.actor, { _id: claim.branchId, orgId: claim.orgId })) {
    throw new AppError('FORBIDDEN', '没有权限：只能审核本支部的申请');
  }
  // A retry of this very decision (same decider and requestId) answers with its first result.
  const request = requestDocId('decide', decider.actor.openid, input.requestId);
  const firstResult = (c: ClaimDoc | null) => (c && c.status !== 'pending' && c.decidedRequest === request ? toClaim(c) : null);
  const earlier = firstResult(claim);
  if (earlier) return earlier;
  if (claim.status !== 'pending') throw new AppError('CONFLICT', ALREADY_DECIDED);
  const decision: Decision = {
    status: input.approve ? 'approved' : 'rejected',
    reason: input.approve ? null : (input.reason ?? null),
    decidedAt: now,
    decidedBy: decider.actor.openid,
    decidedByName: decider.name,
    decidedRequest: request,
  };
  try {
    if (input.approve) await approve(claim, decision, decider, input.reason, await standardOf(claim.orgId), now);
    else await reject(claim, decision, now);
  } catch (err) {
    // The same request sent twice at once: the one that lost sees the other's result.
    const twin = firstResult(await findClaim(claimId));
    if (twin) return twin;
    throw err;
  }
  const result = { ...claim, ...decision };
  await notifyClaimResult(
    {
      claimId: claim._id,
      openid: claim.openid,
      itemName: claim.itemName,
      approved: input.approve,
      detail: input.approve ? `${claim.points > 0 ? '+' : ''}${claim.points} 分` : (decision.reason ?? ''),
      date: claim.date,
    },
    now,
  );
  return toClaim(result);
}

/** Still pending inside the transaction: the guard that makes a retried or concurrent decision a no-op. */
async function stillPending(tx: Tx, claimId: string): Promise<void> {
  const current = await txFind<ClaimDoc>(tx, CLAIMS, claimId);
  if (current?.status !== 'pending') throw new AppError('CONFLICT', ALREADY_DECIDED);
}

/** Grants the claim's points (as claimed) if the item's current caps still allow them against granted points. */
async function approve(
  claim: ClaimDoc,
  decision: Decision,
  decider: Decider,
  reason: string | undefined,
  standard: PointsStandard,
  now: Date,
): Promise<void> {
  const item = standard.items.find((i) => i.id === claim.itemId);
  let pending: PendingDoc | null = null;
  const { created } = await grant(
    {
      member: { openid: claim.openid, name: claim.memberName, orgId: claim.orgId, branchId: claim.branchId },
      date: claim.date,
      points: claim.points,
      item: {
        itemId: claim.itemId,
        itemName: claim.itemName,
        categoryId: claim.categoryId,
        categoryName: claim.categoryName,
      },
      source: 'claim',
      sourceId: claim._id,
      reason: reason ?? (claim.note || '党员申报，支部审核通过'),
      by: { openid: decider.actor.openid, name: decider.name },
    },
    now,
    {
      check: async (tx) => {
        await stillPending(tx, claim._id);
        pending = await readPending(tx, claim.openid);
        if (item && hasCaps(item))
          checkCaps(item, claim.date, await grantedUsage(claim.openid, claim.itemId, claim.date), claim.points);
      },
      alongside: async (tx) => {
        await tx.collection(CLAIMS).doc(claim._id).update({ data: decision });
        await movePending(tx, pending, claim.openid, -1);
        await addMessage(tx, claimApprovedMessage(claim, now));
      },
    },
  );
  if (!created) throw new AppError('CONFLICT', ALREADY_DECIDED);
}

async function reject(claim: ClaimDoc, decision: Decision, now: Date): Promise<void> {
  await runTransaction(async (tx) => {
    await stillPending(tx, claim._id);
    const pending = await readPending(tx, claim.openid);
    await tx.collection(CLAIMS).doc(claim._id).update({ data: decision });
    await movePending(tx, pending, claim.openid, -1);
    await addMessage(tx, claimRejectedMessage(claim, decision.reason ?? '', now));
  });
}
