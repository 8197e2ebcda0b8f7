// The stored shapes of the points collections. Ledger entries and claims carry a snapshot of the
// item (name, points, category) so that editing the standard never changes what was granted.
import type { Claim, LedgerEntry, PointsStandard } from '../../../contracts/points';
import { db } from '../sdk';

export const STANDARDS = 'pointStandards';
export const CLAIMS = 'pointClaims';
export const LEDGER = 'pointLedger';
export const TOTALS = 'pointTotals';

export const standards = () => db.collection(STANDARDS);
export const claims = () => db.collection(CLAIMS);
export const ledger = () => db.collection(LEDGER);
export const totals = () => db.collection(TOTALS);

/** An org's standard, `_id` = orgId. An org without one uses the default standard (version 0). */
export type StandardDoc = Omit<PointsStandard, 'updatedAt'> & {
  _id: string;
  updatedAt: Date;
  updatedBy: string;
};

/**
 * How many members of an org (and of each branch) have points in a year. Kept beside the standard,
 * `_id` = `<orgId>:<year>`, so the summary reads both in one request; changes only when a member's
 * totals document is created, in that same transaction.
 */
export interface StatsDoc {
  _id: string;
  kind: 'stats';
  orgId: string;
  year: number;
  members: number;
  branches: Record<string, number>;
}

/** What an entry keeps of the item it was for. */
export type ItemSnapshot = Pick<LedgerEntry, 'itemId' | 'itemName' | 'categoryId' | 'categoryName'>;

/** An entry as stored: the shared LedgerEntry with its org and who granted it; `_id` derives from its source (ids.ts). */
export type LedgerDoc = Omit<LedgerEntry, 'id' | 'at'> & {
  _id: string;
  orgId: string;
  by: string;
  at: Date;
};

/** A member's year, `_id` = `<year>_<openid>`: total == sum of the member's ledger entries that year. */
export interface TotalsDoc {
  _id: string;
  orgId: string;
  branchId: string;
  openid: string;
  name: string;
  year: number;
  total: number;
  byCategory: Record<string, number>;
  updatedAt: Date;
}

/**
 * A member's pending claims, `_id` = `pending_<openid>` in pointTotals (it has no orgId or year, so
 * no ranking query matches it): read with the totals in one request, and the document that
 * serialises a member's concurrent claims and decisions.
 */
export interface PendingDoc {
  _id: string;
  openid: string;
  pendingClaims: number;
}

/**
 * A claim as stored: the shared Claim with its org, category id and decider, and real Dates. `_id`
 * derives from the member's requestId; `decidedRequest` from the decider's, so that a retried
 * decision recognises its own result.
 */
export type ClaimDoc = Omit<Claim, 'id' | 'createdAt' | 'decidedAt'> & {
  _id: string;
  orgId: string;
  categoryId: string;
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  decidedRequest?: string | null;
};
