// Attempt limits kept in the database, so they hold across function instances (CloudBase runs
// several at once, and a new one starts with empty memory). One document per limit and key:
// `{ count, resetAt }`, moved only by conditional single-document updates, so concurrent
// attempts never count less than they should.
import { AppError } from './errors';
import { _, findById, isDuplicateKey, updatedCount, db } from './sdk';

export const RATE_LIMITS = 'rateLimits';

export interface Limit {
  /** Stable name, part of the document id: 'invite', 'checkin' … */
  name: string;
  /** Attempts allowed per window. */
  max: number;
  windowMs: number;
  /** What was attempted too often, in Chinese: 邀请码尝试次数过多 … */
  what: string;
}

export interface RateLimitDoc {
  _id: string;
  count: number;
  /** When the window ends and the count starts again. */
  resetAt: Date;
  /** The reconciler may delete documents past this time. */
  expiresAt: Date;
}

const limits = () => db.collection(RATE_LIMITS);
const docId = (limit: Limit, key: string) => `${limit.name}:${key}`;

function refusal(limit: Limit, resetAt: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 60_000));
  const when = minutes >= 60 ? `${Math.ceil(minutes / 60)} 小时` : `${minutes} 分钟`;
  return new AppError('RATE_LIMITED', `${limit.what}，请 ${when}后再试`);
}

/** Refuses when `key` has used up its attempts in the current window; counts nothing. */
export async function checkLimit(limit: Limit, key: string, now: Date): Promise<void> {
  const doc = await findById<RateLimitDoc>(RATE_LIMITS, docId(limit, key));
  if (doc && doc.count >= limit.max && new Date(doc.resetAt) > now) throw refusal(limit, new Date(doc.resetAt), now);
}

/**
 * Counts one attempt, or refuses it when the window's attempts are used up. Use it before an
 * attempt that always counts (an invite code), or after a failed one (a wrong check-in code),
 * with `checkLimit` first so that a locked-out key cannot pass even with the right answer.
 */
export async function consume(limit: Limit, key: string, now: Date): Promise<void> {
  const _id = docId(limit, key);
  const resetAt = new Date(now.getTime() + limit.windowMs);
  const fresh = { count: 1, resetAt, expiresAt: resetAt };
  for (let attempt = 0; attempt < 3; attempt++) {
    // Within the window and under the limit: one more.
    if ((await updatedCount(limits().where({ _id, resetAt: _.gt(now), count: _.lt(limit.max) }).update({ data: { count: _.inc(1) } }))) === 1) return;
    // The window is over: start a new one with this attempt.
    if ((await updatedCount(limits().where({ _id, resetAt: _.lte(now) }).update({ data: fresh }))) === 1) return;
    try {
      await limits().add({ data: { _id, ...fresh } });
      return;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    // It exists and neither update took: used up (refused here), or changed meanwhile (try again).
    await checkLimit(limit, key, now);
  }
  throw new AppError('CONFLICT');
}
