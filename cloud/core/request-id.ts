import { createHash } from 'node:crypto';

/**
 * The `_id` of what one client request creates: the same caller sending the same request id
 * again (a double tap, a retry after a timeout, an outbox resend) lands on the same document,
 * so the insert fails as a duplicate and the first result is returned instead of a second copy.
 * Hashed with the caller so that one person's ids can never collide with, or reveal, another's.
 */
export function requestDocId(prefix: string, openid: string, requestId: string): string {
  return `${prefix}_${createHash('sha256').update(`${openid}\u0000${requestId}`).digest('hex').slice(0, 32)}`;
}
