import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a signed file URL works: long enough to show a page, short enough that a leaked one soon dies. */
export const SIGNED_URL_TTL_SECONDS = 10 * 60;

/**
 * Short-lived signed URLs for stored files, as CloudBase's temporary file URLs: an h5
 * <img> cannot send the session header, so the app asks for a URL whose query carries
 * the expiry and an HMAC of the path and expiry. The key is per process: a restart
 * ends every URL, which only means the app asks again.
 */
export class UrlSigner {
  private readonly key = randomBytes(32);

  /** The query for `cloudPath`: `exp=<unix seconds>&sig=<base64url>`. */
  sign(cloudPath: string, now = Date.now()): string {
    const exp = Math.floor(now / 1000) + SIGNED_URL_TTL_SECONDS;
    return `exp=${exp}&sig=${this.mac(cloudPath, exp)}`;
  }

  verify(cloudPath: string, exp: string | null, sig: string | null, now = Date.now()): boolean {
    if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
    const e = Number(exp);
    const nowS = now / 1000;
    if (e < nowS || e > nowS + SIGNED_URL_TTL_SECONDS + 60) return false;
    const expected = Buffer.from(this.mac(cloudPath, e));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private mac(cloudPath: string, exp: number): string {
    return createHmac('sha256', this.key).update(`${cloudPath}\n${exp}`).digest('base64url');
  }
}
