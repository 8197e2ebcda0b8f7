import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Session {
  openid: string;
  appid: string;
  exp: number;
}

const TTL_SECONDS = 7 * 24 * 3600;
/** Exactly what issue() writes: base64url payload, a dot, a base64url HMAC-SHA256 (43 characters). */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{1,2048}\.[A-Za-z0-9_-]{43}$/;

/**
 * Signed session tokens for the local cloud's HTTP API: base64url(payload).hmac.
 * The key lives in the data folder so sign-ins survive a restart.
 */
export class SessionSigner {
  constructor(private readonly key: Buffer) {}

  static forDataDir(dir: string | null): SessionSigner {
    if (!dir) return new SessionSigner(randomBytes(32));
    const file = path.join(dir, 'session.key');
    if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    return new SessionSigner(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex'));
  }

  issue(openid: string, appid: string, now = Date.now()): string {
    const payload = Buffer.from(JSON.stringify({ openid, appid, exp: Math.floor(now / 1000) + TTL_SECONDS })).toString(
      'base64url',
    );
    return `${payload}.${this.sign(payload)}`;
  }

  verify(token: string | undefined, now = Date.now()): Session | null {
    if (!token || !TOKEN_FORMAT.test(token)) return null;
    const [payload, sig] = token.split('.') as [string, string];
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const s = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Session;
      if (typeof s.openid !== 'string' || typeof s.exp !== 'number' || s.exp * 1000 < now) return null;
      return s;
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
