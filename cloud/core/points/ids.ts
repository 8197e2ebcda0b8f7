import { createHash } from 'node:crypto';
import type { LedgerSource } from '../../../contracts/points';

/** Ids reach the app and come back through inputs that allow at most 64 characters. */
const MAX_ID = 64;

/** `prefix + key`, or when that is too long, prefix + a hash of the key: the same key, the same id. */
export function stableId(prefix: string, key: string): string {
  const id = `${prefix}${key}`;
  if (id.length <= MAX_ID) return id;
  return `${prefix}${createHash('sha256')
    .update(key)
    .digest('hex')
    .slice(0, MAX_ID - prefix.length)}`;
}

const PREFIX: Record<LedgerSource, string> = {
  claim: 'claim_',
  award: 'award_',
  deduction: 'award_', // awards and deductions share requestIds
  correction: 'corr_',
  activity: 'act_',
};

/** The ledger `_id` for a source: `claim_<claimId>`, `award_<requestId>`, `corr_<entryId>`, `act_<activityId>_<openid>`. */
export function entryId(source: LedgerSource, sourceId: string, openid: string): string {
  return stableId(PREFIX[source], source === 'activity' ? `${sourceId}_${openid}` : sourceId);
}

export const totalsId = (year: number, openid: string) => `${year}_${openid}`;
export const pendingId = (openid: string) => `pending_${openid}`;
export const statsId = (orgId: string, year: number) => `${orgId}:${year}`;
