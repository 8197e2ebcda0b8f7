import type { DayBoard } from '@contracts/stations';
import { isCodeShape, verifyPass } from '@contracts/stations-code';
import { chinaDate } from '@contracts/stations-hours';

export type OfflineCheck =
  | { ok: true; bookingId: string; code: string; label: string; via: 'scan' | 'typed'; note: string }
  | { ok: false; message: string };

/**
 * 核销 with no signal, on the staff phone: a scanned QR is checked against the station's public key
 * (verifyPass, Ed25519, contracts/stations-code.ts), a typed code against the day's list the phone
 * stored with the board. `used` holds the bookings this phone already checked (waiting to sync), so
 * one code is not accepted twice here; the server refuses and reports a second use on sync.
 */
export function verifyOffline(board: DayBoard, input: { qr?: string; code?: string }, used: ReadonlySet<string>, now = Date.now()): OfflineCheck {
  if (board.date !== chinaDate(now)) return { ok: false, message: '手机里保存的不是今天的名单，请联网后刷新' };
  const usedAlready = (bookingId: string): OfflineCheck | null => {
    if (used.has(bookingId)) return { ok: false, message: '这个预约码已在本机核销，待同步' };
    const done = board.slots.flatMap((s) => s.bookings).find((b) => b.id === bookingId && b.status === 'completed');
    return done ? { ok: false, message: '这个预约码已核销过，请核对来人身份' } : null;
  };
  if (input.qr !== undefined) {
    const check = verifyPass(input.qr, board.publicKey, { stationId: board.stationId, date: board.date });
    if (!check.ok) return { ok: false, message: check.message };
    const pass = check.pass;
    const listed = board.codes.some((c) => c.bookingId === pass.b && c.code === pass.c);
    return (
      usedAlready(pass.b) ?? {
        ok: true,
        bookingId: pass.b,
        code: pass.c,
        label: `${pass.h} · ${pass.n} 人 · ${pass.t}`,
        via: 'scan',
        // Signed by the station, so genuine; not in the stored list means booked or cancelled since it was stored.
        note: listed ? '' : '（不在本机保存的名单中，联网同步时再核对）',
      }
    );
  }
  const code = (input.code ?? '').trim().toUpperCase();
  if (!isCodeShape(code)) return { ok: false, message: '预约码为 6 位字母或数字' };
  const found = board.codes.find((c) => c.code === code);
  if (!found) return { ok: false, message: '本机保存的今天名单中没有这个预约码' };
  return usedAlready(found.bookingId) ?? { ok: true, bookingId: found.bookingId, code, label: found.label, via: 'typed', note: '' };
}
