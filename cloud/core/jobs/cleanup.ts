// 清理: attempt limits past their window (rateLimits.expiresAt), and send marks older than their
// keep (no milestone comes round again after 90 days: each key names its day or its event).
import { RATE_LIMITS } from '../rate-limit';
import { _, db } from '../sdk';
import { SENDS } from '../subscribe/marks';
import { DAY_MS } from './clock';
import type { TaskResult } from './notices';

export const SEND_MARKS_KEEP_DAYS = 90;

const removed = (r: unknown) => (r as { stats?: { removed?: number } }).stats?.removed ?? 0;

export async function cleanup(now: Date): Promise<TaskResult> {
  const rateLimits = removed(await db.collection(RATE_LIMITS).where({ expiresAt: _.lt(now) }).remove());
  const marks = removed(
    await db
      .collection(SENDS)
      .where({ createdAt: _.lt(new Date(now.getTime() - SEND_MARKS_KEEP_DAYS * DAY_MS)) })
      .remove(),
  );
  return { rateLimits, marks };
}
