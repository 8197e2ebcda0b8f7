// Slots come from a service's weekly templates, written the first time a day is looked at (the
// `_id` is made of station, service, day and time, so two callers generating at once write one).
import type { BookingDay, SlotState, SlotView } from '../../../contracts/stations';
import { addDays, chinaDate, chinaInstant, weekdayOf } from '../../../contracts/stations-hours';
import { AppError } from '../errors';
import { _, getList, isDuplicateKey } from '../sdk';
import type { StationDoc, StationServiceDoc } from './docs';
import { slotId, slots, type SlotDoc } from './slot-docs';

export function bookableService(s: StationDoc, serviceId: string): StationServiceDoc & { booking: NonNullable<StationServiceDoc['booking']> } {
  const svc = s.services.find((x) => x.serviceId === serviceId);
  if (!svc?.booking) throw new AppError('NOT_FOUND', '该驿站的这项服务不接受预约');
  return svc as StationServiceDoc & { booking: NonNullable<StationServiceDoc['booking']> };
}

function templateSlots(s: StationDoc, svc: ReturnType<typeof bookableService>, date: string, now: Date): SlotDoc[] {
  return svc.booking.slots
    .filter((t) => t.weekday === weekdayOf(date))
    .map((t) => ({
      _id: slotId(s._id, svc.serviceId, date, t.start),
      stationId: s._id,
      serviceId: svc.serviceId,
      date,
      start: t.start,
      end: t.end,
      startAt: new Date(chinaInstant(date, t.start)),
      endAt: new Date(chinaInstant(date, t.end)),
      capacity: t.capacity,
      remaining: t.capacity,
      taken: 0,
      holders: [],
      queue: [],
      queued: 0,
      blocked: false,
      blockReason: null,
      createdAt: now,
    }));
}

/** The slots of these days (in order), generating the ones the templates call for that do not exist yet. */
export async function ensureSlots(s: StationDoc, serviceId: string, from: string, to: string, now: Date): Promise<SlotDoc[]> {
  const svc = bookableService(s, serviceId);
  const read = () =>
    getList<SlotDoc>(
      slots()
        .where({ stationId: s._id, serviceId, date: _.and(_.gte(from), _.lte(to)) })
        .orderBy('date', 'asc')
        .orderBy('start', 'asc')
        .limit(1000),
    );
  const existing = await read();
  const have = new Set(existing.map((x) => x._id));
  const missing: SlotDoc[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) missing.push(...templateSlots(s, svc, d, now).filter((x) => !have.has(x._id)));
  if (missing.length === 0) return existing;
  try {
    await slots().add({ data: missing });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    // Another caller generated some of them: insert the rest one by one.
    for (const doc of missing) {
      try {
        await slots().add({ data: doc });
      } catch (e) {
        if (!isDuplicateKey(e)) throw e;
      }
    }
  }
  return read();
}

export function slotState(x: SlotDoc, waitlist: boolean, now: Date): SlotState {
  if (x.blocked) return 'blocked';
  if (new Date(x.startAt).getTime() <= now.getTime()) return 'closed';
  if (x.remaining > 0 && x.queued === 0) return 'open';
  return waitlist ? 'waitlist' : 'full';
}

export function toSlotView(x: SlotDoc, waitlist: boolean, now: Date): SlotView {
  return {
    id: x._id,
    date: x.date,
    start: x.start,
    end: x.end,
    capacity: x.capacity,
    remaining: Math.max(0, x.remaining),
    waitlisted: x.queued,
    state: slotState(x, waitlist, now),
    blockReason: x.blockReason,
  };
}

/** The booking calendar: today and the days ahead the service opens, each with its slots. */
export async function bookingDays(s: StationDoc, serviceId: string, now: Date): Promise<BookingDay[]> {
  const svc = bookableService(s, serviceId);
  const today = chinaDate(now);
  const last = addDays(today, svc.booking.daysAhead);
  const all = await ensureSlots(s, serviceId, today, last, now);
  const days: BookingDay[] = [];
  for (let d = today; d <= last; d = addDays(d, 1)) {
    days.push({ date: d, slots: all.filter((x) => x.date === d).map((x) => toSlotView(x, svc.booking.waitlist, now)) });
  }
  return days;
}
