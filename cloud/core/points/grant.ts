import type { LedgerSource } from '../../../contracts/points';
import { isSafeKey } from '../../../contracts/fields';
import { AppError } from '../errors';
import { LEDGER, type ItemSnapshot, type LedgerDoc } from './docs';
import { entryId } from './ids';
import { yearOf } from './dates';
import { addToTotals, readTotals } from './tally';
import { runTransaction, txFind, type Tx } from '../sdk';

export interface GrantRequest {
  member: { openid: string; name: string; orgId: string; branchId: string };
  /** The day the points are for; its year is the totals' year. */
  date: string;
  points: number;
  item: ItemSnapshot;
  source: LedgerSource;
  /** The claim, award request, corrected entry or activity: the entry's `_id` derives from it. */
  sourceId: string;
  reason: string;
  by: { openid: string; name: string };
  reverses?: string | null;
}

export interface GrantHooks {
  /** Runs after the member's totals are read in the transaction and before any write: throw to refuse. */
  check?: (tx: Tx) => Promise<void>;
  /** Writes that must commit with the entry: a claim's new status, the member's message. */
  alongside?: (tx: Tx, entry: LedgerDoc) => Promise<void>;
}

export interface Granted {
  entry: LedgerDoc;
  /** False when this source had already granted: the earlier entry is returned and nothing changes. */
  created: boolean;
}

export function ledgerDoc(req: GrantRequest, now: Date): LedgerDoc {
  return {
    _id: entryId(req.source, req.sourceId, req.member.openid),
    openid: req.member.openid,
    memberName: req.member.name,
    orgId: req.member.orgId,
    branchId: req.member.branchId,
    year: yearOf(req.date),
    date: req.date,
    points: req.points,
    ...req.item,
    source: req.source,
    sourceId: req.sourceId,
    reason: req.reason,
    by: req.by.openid,
    byName: req.by.name,
    at: now,
    reverses: req.reverses ?? null,
  };
}

/**
 * The one way points change. In one transaction: the entry, added by an id derived from its source
 * (so a retried or concurrent grant of the same source adds nothing), and the member's yearly totals
 * moved by the same points, so total == sum of the ledger always. Reading the totals first makes
 * two grants to one member conflict, and the retried one re-runs `check` against the other's entry.
 */
export function grant(req: GrantRequest, now: Date, hooks: GrantHooks = {}): Promise<Granted> {
  // The category id becomes a field name of the totals (byCategory.<id>): never a prototype name.
  if (!isSafeKey(req.item.categoryId)) throw new AppError('INVALID_INPUT', '积分类别编号无效');
  const entry = ledgerDoc(req, now);
  return runTransaction(async (tx): Promise<Granted> => {
    const existing = await txFind<LedgerDoc>(tx, LEDGER, entry._id);
    if (existing) return { entry: existing, created: false };
    const totals = await readTotals(tx, entry.year, entry.openid);
    await hooks.check?.(tx);
    await tx.collection(LEDGER).add({ data: entry });
    await addToTotals(tx, totals, entry, now);
    await hooks.alongside?.(tx, entry);
    return { entry, created: true };
  });
}
