import type { LedgerEntry, Page } from '../../../contracts/points';
import { canManageBranch, type Actor } from '../access';
import { findUser } from '../account/users';
import { AppError } from '../errors';
import { pageOf } from '../paging';
import { getList, MAX_LIMIT } from '../sdk';
import { ledger, type LedgerDoc } from './docs';

export function toEntry(e: LedgerDoc): LedgerEntry {
  return {
    id: e._id,
    openid: e.openid,
    memberName: e.memberName,
    branchId: e.branchId,
    year: e.year,
    date: e.date,
    points: e.points,
    categoryId: e.categoryId,
    categoryName: e.categoryName,
    itemId: e.itemId ?? null,
    itemName: e.itemName,
    source: e.source,
    sourceId: e.sourceId,
    reason: e.reason,
    byName: e.byName,
    at: new Date(e.at).toISOString(),
    reverses: e.reverses ?? null,
  };
}

/** A member's entries of a year, newest first (one indexed range: openid, year, at, _id). */
export function ledgerPage(openid: string, year: number, cursor: string | null | undefined, limit: number) {
  return pageOf<LedgerDoc>(ledger(), { where: { openid, year }, field: 'at', order: 'desc', cursor, limit });
}

/** Every entry of the member's year, for usage under caps (a member has tens a year, not thousands). */
export async function yearEntries(
  openid: string,
  year: number,
): Promise<Array<Pick<LedgerDoc, 'itemId' | 'date' | 'points'>>> {
  const out: Array<Pick<LedgerDoc, 'itemId' | 'date' | 'points'>> = [];
  for (let skip = 0; ; skip += MAX_LIMIT) {
    const rows = await getList<Pick<LedgerDoc, 'itemId' | 'date' | 'points'>>(
      ledger()
        .where({ openid, year })
        .orderBy('at', 'desc')
        .orderBy('_id', 'desc')
        .field({ itemId: true, date: true, points: true })
        .skip(skip)
        .limit(MAX_LIMIT),
    );
    out.push(...rows);
    if (rows.length < MAX_LIMIT) return out;
  }
}

/** The caller's ledger, or (for an admin of their branch or org) a member's. */
export async function readLedger(
  actor: Actor,
  target: string | undefined,
  year: number,
  cursor: string | null | undefined,
  limit: number,
): Promise<Page<LedgerEntry>> {
  const openid = target ?? actor.openid;
  if (openid !== actor.openid) {
    const member = await findUser(openid);
    if (!member?.branchId || !member.orgId) throw new AppError('NOT_FOUND', '党员不存在');
    if (!canManageBranch(actor, { _id: member.branchId, orgId: member.orgId })) {
      throw new AppError('FORBIDDEN', '没有权限：只能查看本支部党员的积分');
    }
  }
  const page = await ledgerPage(openid, year, cursor, limit);
  return { items: page.items.map(toEntry), cursor: page.cursor };
}
