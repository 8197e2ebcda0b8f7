// The booking's codes: a random typed code, and the QR signed with the station's key
// (contracts/stations-code.ts is the format and the check every side uses).
import { randomInt } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH, signedPart, type BookingPass } from '../../../contracts/stations-code';
import { stationKey, signText } from './keys';
import type { BookingDoc } from './slot-docs';

export function newCode(): string {
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

/** 张海生 → 张**; a ship's name shows as it is. */
export function holderLabel(b: Pick<BookingDoc, 'ship' | 'name'>): string {
  if (b.ship) return b.ship.name;
  const chars = [...b.name];
  return chars.length <= 1 ? b.name : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

export function passOf(b: BookingDoc): BookingPass {
  return { s: b.stationId, b: b._id, v: b.serviceId, d: b.date, t: `${b.start}-${b.end}`, c: b.code, n: b.people, h: holderLabel(b) };
}

export async function signedQr(b: BookingDoc, now: Date): Promise<string> {
  const { key } = await stationKey(b.stationId, now);
  const part = signedPart(passOf(b));
  return `${part}.${signText(key, part)}`;
}
