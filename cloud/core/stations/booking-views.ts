// Bookings as their owner sees them (with the codes while booked) and the owner's list.
import type { Booking, Page } from '../../../contracts/stations';
import { serviceName } from '../../../contracts/stations-catalog';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { _, findById, getList } from '../sdk';
import { iso } from './docs';
import { signedQr } from './pass';
import { settle, settleAll } from './settle';
import { BOOKINGS, SLOTS, bookings, type BookingDoc, type SlotDoc } from './slot-docs';

export function bookingFields(b: BookingDoc, slot: SlotDoc | null, now: Date): Omit<Booking, 'qr'> {
  const position = b.status === 'waitlisted' && slot ? slot.queue.findIndex((q) => q.id === b._id) : -1;
  const open = b.status === 'booked' || b.status === 'waitlisted';
  return {
    id: b._id,
    stationId: b.stationId,
    stationName: b.stationName,
    serviceId: b.serviceId,
    serviceName: serviceName(b.serviceId),
    slotId: b.slotId,
    date: b.date,
    start: b.start,
    end: b.end,
    startAt: iso(b.startAt),
    people: b.people,
    ship: b.ship,
    eta: b.eta ? { from: iso(b.eta.from), to: iso(b.eta.to) } : null,
    phone: b.phone,
    note: b.note,
    status: b.status,
    waitlistPosition: position >= 0 ? position + 1 : null,
    confirmed: b.confirmed,
    code: b.status === 'booked' ? b.code : null,
    cancelDeadline: iso(b.cancelDeadline),
    canCancel: open && now.getTime() <= new Date(b.cancelDeadline).getTime(),
    reminderRequested: b.reminderRequested,
    usedAt: b.usedAt ? iso(b.usedAt) : null,
    failedReason: b.failedReason,
    createdAt: iso(b.createdAt),
  };
}

export async function toBooking(b: BookingDoc, slot: SlotDoc | null, now: Date): Promise<Booking> {
  return { ...bookingFields(b, slot, now), qr: b.status === 'booked' ? await signedQr(b, now) : null };
}

export async function getBooking(actor: Actor, id: string, now: Date): Promise<Booking> {
  const b = await findById<BookingDoc>(BOOKINGS, id);
  if (!b || b.openid !== actor.openid) throw new AppError('NOT_FOUND', '预约不存在');
  const slot = await findById<SlotDoc>(SLOTS, b.slotId);
  return toBooking(await settle(b, slot, now), slot, now);
}

const PAGE = 20;
/** Bookings still counted as upcoming this long after their slot started. */
const UPCOMING_GRACE_MS = 2 * 3600_000;

/** upcoming: soonest first; past: latest first. Paged by (startAt, _id). */
export async function myBookings(actor: Actor, when: 'upcoming' | 'past', cursor: string | null | undefined, now: Date): Promise<Page<Booking>> {
  const edge = new Date(now.getTime() - UPCOMING_GRACE_MS);
  const upcoming = when === 'upcoming';
  const after = cursor ? decode(cursor) : null;
  const range = upcoming ? _.gte(after ? after.at : edge) : _.lt(edge);
  const where = after
    ? _.and(
        { openid: actor.openid, startAt: upcoming ? range : _.and(_.lt(edge), _.lte(after.at)) },
        _.or({ startAt: upcoming ? _.gt(after.at) : _.lt(after.at) }, { _id: upcoming ? _.gt(after.id) : _.lt(after.id) }),
      )
    : { openid: actor.openid, startAt: range };
  const rows = await getList<BookingDoc>(
    bookings()
      .where(where)
      .orderBy('startAt', upcoming ? 'asc' : 'desc')
      .orderBy('_id', upcoming ? 'asc' : 'desc')
      .limit(PAGE + 1),
  );
  const page = rows.slice(0, PAGE);
  const { bookings: settled, slots } = await settleAll(page, now);
  const items = await Promise.all(settled.map((b) => toBooking(b, slots.get(b.slotId) ?? null, now)));
  const last = page[page.length - 1];
  return { items, cursor: rows.length > PAGE && last ? `${new Date(last.startAt).getTime()}~${last._id}` : null };
}

function decode(cursor: string): { at: Date; id: string } {
  const m = /^(\d{1,15})~([A-Za-z0-9_-]{1,64})$/.exec(cursor);
  if (!m) throw new AppError('INVALID_INPUT', '分页参数无效，请刷新后重试');
  return { at: new Date(Number(m[1])), id: m[2]! };
}
