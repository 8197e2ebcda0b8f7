// 预约码: what a crew member shows and station staff check. The QR carries the booking's facts
// signed with the station's Ed25519 key (the private key stays on the server); a staff device holding
// the station's public key checks it with no signal, with this very function, and syncs later.
// The short typed code is matched against the day's list the staff device cached.
// Verification uses tweetnacl (audited, no BigInt, runs in the mini-program); base64url and UTF-8
// are done here by hand because the mini-program has neither atob nor Buffer nor TextDecoder.
import nacl from 'tweetnacl';

export const QR_PREFIX = 'RSB1';
/** The typed code's alphabet: no 0/O or 1/I, as it is read aloud and typed. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** What the QR states; staff see it even offline. */
export interface BookingPass {
  /** station id */
  s: string;
  /** booking id */
  b: string;
  /** service id */
  v: string;
  /** day, YYYY-MM-DD (China) */
  d: string;
  /** slot, HH:MM-HH:MM */
  t: string;
  /** the typed code */
  c: string;
  /** people */
  n: number;
  /** who: ship name or masked person name */
  h: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63].map((k) => B64[k]);
    out += chars.slice(0, Math.min(4, bytes.length - i + 1)).join('');
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    const n = [...chunk.padEnd(4, 'A')].reduce((acc, ch) => (acc << 6) | B64.indexOf(ch), 0);
    out.push((n >> 16) & 255, (n >> 8) & 255, n & 255);
    out.length -= 4 - chunk.length;
  }
  return Uint8Array.from(out);
}

export function utf8Bytes(text: string): Uint8Array {
  const escaped = encodeURIComponent(text);
  const out: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      out.push(parseInt(escaped.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(escaped.charCodeAt(i));
  }
  return Uint8Array.from(out);
}

function utf8Text(bytes: Uint8Array): string | null {
  try {
    return decodeURIComponent(Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return null;
  }
}

/** The part of the QR that is signed: prefix and payload. */
export function signedPart(pass: BookingPass): string {
  return `${QR_PREFIX}.${toBase64Url(utf8Bytes(JSON.stringify(pass)))}`;
}

export type PassCheck =
  | { ok: true; pass: BookingPass }
  | { ok: false; reason: 'format' | 'signature' | 'station' | 'day'; message: string };

function isPass(v: unknown): v is BookingPass {
  const p = v as Record<string, unknown>;
  return (
    !!p &&
    typeof p === 'object' &&
    ['s', 'b', 'v', 'd', 't', 'c', 'h'].every((k) => typeof p[k] === 'string') &&
    typeof p['n'] === 'number'
  );
}

/**
 * Checks a scanned QR against the station's public key (base64url, 32 bytes), and that it is for
 * this station and this day. It does not know whether the code was used already: the staff device
 * keeps the codes it has verified, and the server refuses and reports a second use on sync.
 */
export function verifyPass(qr: string, publicKey: string, expect: { stationId: string; date: string }): PassCheck {
  const parts = qr.trim().split('.');
  const key = fromBase64Url(publicKey);
  if (parts.length !== 3 || parts[0] !== QR_PREFIX || !key || key.length !== nacl.sign.publicKeyLength) {
    return { ok: false, reason: 'format', message: '不是有效的预约码' };
  }
  const payload = fromBase64Url(parts[1]!);
  const signature = fromBase64Url(parts[2]!);
  if (!payload || !signature || signature.length !== nacl.sign.signatureLength) {
    return { ok: false, reason: 'format', message: '不是有效的预约码' };
  }
  let pass: unknown = null;
  try {
    pass = JSON.parse(utf8Text(payload) ?? '');
  } catch {
    pass = null;
  }
  if (!isPass(pass)) return { ok: false, reason: 'format', message: '不是有效的预约码' };
  // Said before the signature is checked (another station's key cannot check it), and refused either way.
  if (pass.s !== expect.stationId) return { ok: false, reason: 'station', message: '这是其他驿站的预约码' };
  if (!nacl.sign.detached.verify(utf8Bytes(`${parts[0]}.${parts[1]}`), signature, key)) {
    return { ok: false, reason: 'signature', message: '预约码签名无效，可能是伪造的' };
  }
  if (pass.d !== expect.date) return { ok: false, reason: 'day', message: `预约日期是 ${pass.d}，不是今天` };
  return { ok: true, pass };
}

/** True when `code` has the typed code's shape (case-insensitive). */
export function isCodeShape(code: string): boolean {
  return new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`).test(code.trim().toUpperCase());
}
