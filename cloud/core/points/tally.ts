// The counters a grant or a claim moves, inside the caller's transaction. Each document is read
// before it is written, so two transactions touching the same member conflict and one retries.
import { _, txFind, type Tx } from '../sdk';
import { STANDARDS, TOTALS, type LedgerDoc, type PendingDoc, type StatsDoc, type TotalsDoc } from './docs';
import { pendingId, statsId, totalsId } from './ids';

/** The member's totals for the entry's year; read it first in a grant's transaction. */
export function readTotals(tx: Tx, year: number, openid: string): Promise<TotalsDoc | null> {
  return txFind<TotalsDoc>(tx, TOTALS, totalsId(year, openid));
}

/** Adds the entry to the member's yearly totals, creating them (and counting the member) on the first entry. */
export async function addToTotals(tx: Tx, current: TotalsDoc | null, entry: LedgerDoc, now: Date): Promise<void> {
  if (current) {
    await tx
      .collection(TOTALS)
      .doc(current._id)
      .update({
        data: {
          total: _.inc(entry.points),
          byCategory: { [entry.categoryId]: _.inc(entry.points) },
          name: entry.memberName,
          updatedAt: now,
        },
      });
    return;
  }
  const fresh: TotalsDoc = {
    _id: totalsId(entry.year, entry.openid),
    orgId: entry.orgId,
    branchId: entry.branchId,
    openid: entry.openid,
    name: entry.memberName,
    year: entry.year,
    total: entry.points,
    byCategory: { [entry.categoryId]: entry.points },
    updatedAt: now,
  };
  await tx.collection(TOTALS).add({ data: fresh });
  await countMember(tx, fresh);
}

/** One more member with points this year in the org and the branch (the ranking sizes). */
async function countMember(tx: Tx, t: TotalsDoc): Promise<void> {
  const id = statsId(t.orgId, t.year);
  const stats = await txFind<StatsDoc>(tx, STANDARDS, id);
  if (stats) {
    await tx
      .collection(STANDARDS)
      .doc(id)
      .update({ data: { members: _.inc(1), branches: { [t.branchId]: _.inc(1) } } });
    return;
  }
  const fresh: StatsDoc = {
    _id: id,
    kind: 'stats',
    orgId: t.orgId,
    year: t.year,
    members: 1,
    branches: { [t.branchId]: 1 },
  };
  await tx.collection(STANDARDS).add({ data: fresh });
}

export function readPending(tx: Tx, openid: string): Promise<PendingDoc | null> {
  return txFind<PendingDoc>(tx, TOTALS, pendingId(openid));
}

/** Moves the member's pending-claims count by `delta` (+1 on a claim, -1 when it leaves 'pending'). */
export async function movePending(tx: Tx, current: PendingDoc | null, openid: string, delta: 1 | -1): Promise<void> {
  if (current) {
    await tx
      .collection(TOTALS)
      .doc(current._id)
      .update({ data: { pendingClaims: _.inc(delta) } });
    return;
  }
  const fresh: PendingDoc = { _id: pendingId(openid), openid, pendingClaims: Math.max(0, delta) };
  await tx.collection(TOTALS).add({ data: fresh });
}
