// 签到码: 6 characters from an HMAC of the activity's secret and the 45-second window, so only the
// server (holding the secret) makes them; the current and the previous window's codes are accepted.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const WINDOW_MS = 45_000;
/** No 0/O or 1/I: the code is also read aloud and typed. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function codeFor(secret: string, activityId: string, window: number): string {
  const mac = createHmac('sha256', secret).update(`${activityId}:${window}`).digest();
  let out = '';
  for (let i = 0; i < 6; i++) out += ALPHABET[mac[i]! % ALPHABET.length];
  return out;
}

export const windowOf = (now: Date) => Math.floor(now.getTime() / WINDOW_MS);

export function currentCode(secret: string, activityId: string, now: Date): { code: string; qr: string; expiresAt: string } {
  const w = windowOf(now);
  const code = codeFor(secret, activityId, w);
  return { code, qr: `redsail:checkin:${activityId}:${code}`, expiresAt: new Date((w + 1) * WINDOW_MS).toISOString() };
}

/** The current or the previous window's code (case-insensitive). */
export function isValidCode(secret: string, activityId: string, code: string, now: Date): boolean {
  const given = Buffer.from(code.trim().toUpperCase());
  const w = windowOf(now);
  return [w, w - 1].some((k) => {
    const want = Buffer.from(codeFor(secret, activityId, k));
    return want.length === given.length && timingSafeEqual(want, given);
  });
}
