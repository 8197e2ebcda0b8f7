import type * as z from 'zod/mini';
import type { Claim, ClaimInput, Page } from '../../../contracts/points';
import { canManageBranch, type Actor, type Scope } from '../access';
import { AppError } from '../errors';
import { pageOf } from '../paging';
import { requestDocId } from '../request-id';
import { findById, runTransaction, txFind } from '../sdk';
import { checkCaps, grantedUsage, hasCaps, pendingUsage } from './caps';
import { checkPointsDate } from './dates';
import { CLAIMS, claims, type ClaimDoc } from './docs';
import { acceptImages } from '../content/images';
import type { Member } from './members';
import { activeItem, categoryName, loadStandard } from './standard';
import { movePending, readPending } from './tally';

export function toClaim(c: ClaimDoc): Claim {
  return {
    id: c._id,
    openid: c.openid,
    memberName: c.memberName,
    branchId: c.branchId,
    itemId: c.itemId,
    itemName: c.itemName,
    categoryName: c.categoryName,
    points: c.points,
    date: c.date,
    note: c.note,
    photos: c.photos,
    status: c.status,
    reason: c.reason ?? null,
    createdAt: new Date(c.createdAt).toISOString(),
    decidedAt: c.decidedAt ? new Date(c.decidedAt).toISOString() : null,
    decidedByName: c.decidedByName ?? null,
  };
}

export function findClaim(id: string): Promise<ClaimDoc | null> {
  return findById<ClaimDoc>(CLAIMS, id);
}

/**
 * A member claims points of a claimable item; the branch decides. Created once per requestId (the
 * claim's `_id` derives from it): a double tap or a retry after a timeout answers with the first claim.
 */
export async function createClaim(member: Member, input: z.output<typeof ClaimInput>, now: Date): Promise<Claim> {
  checkPointsDate(input.date, now);
  const photos = [...new Set(input.photos)];
  const standard = await loadStandard(member.orgId);
  const item = activeItem(standard, input.itemId);
  if (!item.claimable) throw new AppError('FORBIDDEN', '该项目由支部评定，不能自行申报');
  if (item.evidenceRequired && photos.length === 0) throw new AppError('INVALID_INPUT', '该项目需要上传照片作为佐证');
  await acceptImages(member.openid, photos, { noun: '照片' }, now);

  const doc: ClaimDoc = {
    _id: requestDocId('claim', member.openid, input.requestId),
    openid: member.openid,
    memberName: member.name,
    orgId: member.orgId,
    branchId: member.branchId,
    itemId: item.id,
    itemName: item.name,
    categoryId: item.categoryId,
    categoryName: categoryName(standard, item.categoryId),
    points: item.points,
    date: input.date,
    note: input.note,
    photos,
    status: 'pending',
    reason: null,
    createdAt: now,
    decidedAt: null,
    decidedBy: null,
    decidedByName: null,
    decidedRequest: null,
  };
  // The member's pending count is read first: two claims at once conflict, and the retried one
  // counts the other's claim against the caps (or finds its own twin and answers with it).
  const filed = await runTransaction(async (tx): Promise<ClaimDoc> => {
    const first = await txFind<ClaimDoc>(tx, CLAIMS, doc._id);
    if (first) return first;
    const pending = await readPending(tx, member.openid);
    if (hasCaps(item)) {
      const [granted, claimed] = await Promise.all([
        grantedUsage(member.openid, item.id, input.date),
        pendingUsage(member.openid, item.id, input.date),
      ]);
      checkCaps(item, input.date, [...granted, ...claimed], item.points);
    }
    await tx.collection(CLAIMS).add({ data: doc });
    await movePending(tx, pending, member.openid, 1);
    return doc;
  });
  if (filed.itemId !== doc.itemId || filed.date !== doc.date) throw new AppError('CONFLICT', '请求编号已被使用，请重新提交');
  return toClaim(filed);
}

/** The member takes back their own claim while it is pending. */
export async function withdrawClaim(openid: string, claimId: string, now: Date): Promise<Claim> {
  const claim = await findClaim(claimId);
  if (!claim) throw new AppError('NOT_FOUND', '申请不存在');
  if (claim.openid !== openid) throw new AppError('FORBIDDEN', '只能撤回自己的申请');
  const change = { status: 'withdrawn' as const, decidedAt: now, decidedBy: openid, decidedByName: claim.memberName };
  await runTransaction(async (tx) => {
    const current = await txFind<ClaimDoc>(tx, CLAIMS, claimId);
    if (current?.status !== 'pending') throw new AppError('CONFLICT', '该申请已处理，不能撤回');
    const pending = await readPending(tx, openid);
    await tx.collection(CLAIMS).doc(claimId).update({ data: change });
    await movePending(tx, pending, openid, -1);
  });
  return toClaim({ ...claim, ...change });
}

/** Its member, an admin of its branch, or an admin of its org. */
export async function readClaim(actor: Actor, claimId: string): Promise<Claim> {
  const claim = await findClaim(claimId);
  if (!claim) throw new AppError('NOT_FOUND', '申请不存在');
  if (claim.openid !== actor.openid && !canManageBranch(actor, { _id: claim.branchId, orgId: claim.orgId })) {
    throw new AppError('FORBIDDEN', '没有权限查看该申请');
  }
  return toClaim(claim);
}

const PAGE = 20;

export async function myClaims(openid: string, cursor: string | null | undefined): Promise<Page<Claim>> {
  const page = await pageOf<ClaimDoc>(claims(), {
    where: { openid },
    field: 'createdAt',
    order: 'desc',
    cursor,
    limit: PAGE,
  });
  return { items: page.items.map(toClaim), cursor: page.cursor };
}

/** A branch's pending claims, oldest first: the order they should be decided in. */
export async function claimQueue(scope: Scope, cursor: string | null | undefined): Promise<Page<Claim>> {
  if (!scope.branch) throw new AppError('INVALID_INPUT', '请选择支部');
  const page = await pageOf<ClaimDoc>(claims(), {
    where: { branchId: scope.branch._id, status: 'pending' },
    field: 'createdAt',
    order: 'asc',
    cursor,
    limit: PAGE,
  });
  return { items: page.items.map(toClaim), cursor: page.cursor };
}
