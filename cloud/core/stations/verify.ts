// 核销: staff check a booking's code online (scanned QR or typed code), or sync a batch of checks
// their device made with no signal. A code is used once: the first use completes the booking, any
// later use is refused, counted on the booking and reported to the staff (a screenshot passed on).
// Typed codes are short, so failed guesses are rate limited per staff member and station.
import type { BoardBooking, VerifyOutcome, VerifyResult } from '../../../contracts/stations';
import { verifyPass } from '../../../contracts/stations-code';
import { chinaClock, chinaDate } from '../../../contracts/stations-hours';
import type { Actor } from '../access';
import { checkLimit, consume, type Limit } from '../rate-limit';
import { _, findById, findByIds, getList, updatedCount } from '../sdk';
import { certificatesOf, toBoardBooking } from './board';
import { stationKey } from './keys';
import { loadManagedStation } from './scope';
import { settleAll } from './settle';
import { BOOKINGS, bookings, type BookingDoc } from './slot-docs';

export const CODE_GUESSES: Limit = { name: 'bookingcode', max: 10, windowMs: 10 * 60_000, what: '预约码核对失败次数过多' };

type Via = NonNullable<BookingDoc['usedVia']>;

async function view(b: BookingDoc, now: Date): Promise<BoardBooking> {
  return toBoardBooking(b, null, await certificatesOf([b]), now);
}

/** Uses the booking's code once; a second use is refused and recorded. */
async function use(actor: Actor, found: BookingDoc, via: Via, at: Date, now: Date): Promise<VerifyResult> {
  const [b] = (await settleAll([found], now)).bookings;
  if (b!.status === 'booked') {
    const done = await updatedCount(
      bookings()
        .where({ _id: b!._id, status: 'booked' })
        .update({ data: { status: 'completed', usedAt: at, usedVia: via, usedBy: actor.openid, updatedAt: now } }),
    );
    if (done === 1) {
      const used = { ...b!, status: 'completed' as const, usedAt: at, usedVia: via, usedBy: actor.openid };
      return { outcome: 'verified', message: `核销成功：${b!.name} ${b!.people} 人`, booking: await view(used, now) };
    }
  }
  const fresh = (await findById<BookingDoc>(BOOKINGS, b!._id)) ?? b!;
  if (fresh.status === 'completed' && fresh.usedAt) {
    await bookings()
      .where({ _id: fresh._id })
      .update({ data: { reuses: _.inc(1), reuseLog: _.push([{ at, via, by: actor.openid }]) } });
    const when = `${chinaDate(fresh.usedAt)} ${chinaClock(fresh.usedAt)}`;
    return {
      outcome: 'already_used',
      message: `该预约码已于 ${when} 核销，本次为重复使用，已记录。请核对来人身份`,
      booking: await view({ ...fresh, reuses: fresh.reuses + 1 }, now),
    };
  }
  const label = fresh.status === 'waitlisted' ? '候补中' : fresh.status === 'cancelled' ? '已取消' : fresh.status === 'no_show' ? '已标记未到' : '未预约成功';
  return { outcome: 'not_booked', message: `该预约${label}，不能核销`, booking: await view(fresh, now) };
}

const refusal = (outcome: VerifyOutcome, message: string): VerifyResult => ({ outcome, message, booking: null });

export async function verifyOnline(actor: Actor, input: { stationId: string; qr?: string; code?: string }, now: Date): Promise<VerifyResult> {
  const s = await loadManagedStation(actor, input.stationId);
  const key = `${s._id}:${actor.openid}`;
  await checkLimit(CODE_GUESSES, key, now);
  const today = chinaDate(now);
  let found: BookingDoc | null = null;
  let via: Via = 'typed';
  if (input.qr !== undefined) {
    via = 'scan';
    const { publicKey } = await stationKey(s._id, now);
    const check = verifyPass(input.qr, publicKey, { stationId: s._id, date: today });
    if (!check.ok) {
      await consume(CODE_GUESSES, key, now);
      return refusal('invalid', check.message);
    }
    found = await findById<BookingDoc>(BOOKINGS, check.pass.b);
    if (found && found.code !== check.pass.c) found = null;
  } else {
    const matches = await getList<BookingDoc>(bookings().where({ stationId: s._id, date: today, code: input.code }).limit(2));
    if (matches.length > 1) return refusal('invalid', '有两个预约使用了相同的预约码，请扫描二维码核销');
    found = matches[0] ?? null;
  }
  if (!found || found.stationId !== s._id) {
    await consume(CODE_GUESSES, key, now);
    return refusal('not_found', '没有找到今天的这个预约码');
  }
  return use(actor, found, via, now, now);
}

/** Checks made on a staff device with no signal, synced later: each is recorded once, a second use reported. */
export async function syncVerifications(
  actor: Actor,
  input: { stationId: string; items: Array<{ bookingId: string; code: string; at: string; via: 'scan' | 'typed' }> },
  now: Date,
): Promise<Array<{ bookingId: string } & VerifyResult>> {
  const s = await loadManagedStation(actor, input.stationId);
  const found = new Map((await findByIds<BookingDoc>(BOOKINGS, input.items.map((i) => i.bookingId))).map((b) => [b._id, b]));
  const out: Array<{ bookingId: string } & VerifyResult> = [];
  for (const item of input.items) {
    const b = found.get(item.bookingId);
    if (!b || b.stationId !== s._id || b.code !== item.code) {
      out.push({ bookingId: item.bookingId, ...refusal('not_found', '没有这个预约，或预约码不符') });
      continue;
    }
    // The device's clock says when; never in the future, never before the booking was made.
    const at = new Date(Math.min(now.getTime(), Math.max(Date.parse(item.at) || now.getTime(), new Date(b.createdAt).getTime())));
    const result = await use(actor, b, item.via === 'scan' ? 'offline_scan' : 'offline_typed', at, now);
    if (result.outcome === 'verified') found.set(b._id, { ...b, status: 'completed', usedAt: at });
    out.push({ bookingId: item.bookingId, ...result });
  }
  return out;
}

