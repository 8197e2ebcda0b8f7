// The staff console's day: every slot of the station's bookable services with its bookings, the
// station's public key and the day's typed codes (cached on the staff device for offline checks),
// and the staff's actions on one booking: confirm, complete by hand, no-show.
import type { BoardBooking, DayBoard } from '../../../contracts/stations';
import { certificateKind, maskNumber } from '../../../contracts/certificates';
import { serviceName } from '../../../contracts/stations-catalog';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { findById, findByIds, getList, updatedCount } from '../sdk';
import type { CertificateDoc } from '../certificates/docs';
import { bookingFields } from './booking-views';
import { stationKey } from './keys';
import { holderLabel } from './pass';
import { loadManagedStation } from './scope';
import { settle, settleAll } from './settle';
import { ensureSlots } from './slots';
import { BOOKINGS, SLOTS, bookings, type BookingDoc, type SlotDoc } from './slot-docs';

/** A booking as staff see it: name and phone to reach them, certificates masked. */
export function toBoardBooking(b: BookingDoc, slot: SlotDoc | null, certs: ReadonlyMap<string, CertificateDoc>, now: Date): BoardBooking {
  return {
    ...bookingFields(b, slot, now),
    name: b.name,
    certificates: b.certificateIds.flatMap((id) => {
      const c = certs.get(id);
      if (!c || c.openid !== b.openid) return [];
      return [{ kindName: c.kind === 'other' && c.title ? c.title : (certificateKind(c.kind)?.name ?? c.kind), number: maskNumber(c.number), expiresOn: c.expiresOn }];
    }),
    reuses: b.reuses,
  };
}

export async function certificatesOf(list: readonly BookingDoc[]): Promise<Map<string, CertificateDoc>> {
  const ids = list.flatMap((b) => b.certificateIds);
  return new Map((await findByIds<CertificateDoc>('certificates', ids)).map((c) => [c._id, c]));
}

export async function dayBoard(actor: Actor, stationId: string, date: string, now: Date): Promise<DayBoard> {
  const s = await loadManagedStation(actor, stationId);
  const slotLists = await Promise.all(s.services.filter((x) => x.booking).map((x) => ensureSlots(s, x.serviceId, date, date, now)));
  const rows = await getList<BookingDoc>(bookings().where({ stationId, date }).orderBy('startAt', 'asc').limit(1000));
  const { bookings: settled } = await settleAll(rows, now);
  const certs = await certificatesOf(settled);
  const { publicKey } = await stationKey(stationId, now);
  const slotDocs = slotLists.flat().sort((a, b) => a.start.localeCompare(b.start) || a.serviceId.localeCompare(b.serviceId));
  const shown = settled.filter((b) => b.status !== 'pending' && b.status !== 'failed');
  return {
    stationId,
    date,
    slots: slotDocs.map((x) => ({
      id: x._id,
      date: x.date,
      start: x.start,
      end: x.end,
      capacity: x.capacity,
      remaining: Math.max(0, x.remaining),
      waitlisted: x.queued,
      state: x.blocked ? 'blocked' : x.remaining > 0 ? 'open' : 'full',
      blockReason: x.blockReason,
      serviceId: x.serviceId,
      serviceName: serviceName(x.serviceId),
      bookings: shown.filter((b) => b.slotId === x._id).map((b) => toBoardBooking(b, x, certs, now)),
    })),
    publicKey,
    codes: shown.filter((b) => b.status === 'booked').map((b) => ({ code: b.code, bookingId: b._id, label: holderLabel(b) })),
  };
}

/** Loads a booking of a station the actor manages (staff of another station: refused). */
export async function loadStationBooking(actor: Actor, id: string): Promise<BookingDoc> {
  const b = await findById<BookingDoc>(BOOKINGS, id);
  if (!b) throw new AppError('NOT_FOUND', '预约不存在');
  await loadManagedStation(actor, b.stationId);
  return b;
}

export async function staffBooking(actor: Actor, id: string, action: 'confirm' | 'complete' | 'no_show', now: Date): Promise<BoardBooking> {
  const found = await loadStationBooking(actor, id);
  const slot = await findById<SlotDoc>(SLOTS, found.slotId);
  const b = await settle(found, slot, now);
  if (b.status !== 'booked') throw new AppError('CONFLICT', '只能处理预约成功且未核销的预约');
  const patch =
    action === 'confirm'
      ? { confirmed: true }
      : action === 'complete'
        ? { status: 'completed' as const, usedAt: now, usedVia: 'staff' as const, usedBy: actor.openid }
        : { status: 'no_show' as const };
  if (action === 'no_show' && now.getTime() < new Date(b.startAt).getTime()) throw new AppError('CONFLICT', '预约时段开始后才能标记未到');
  const changed = await updatedCount(
    bookings()
      .where({ _id: b._id, status: 'booked' })
      .update({ data: { ...patch, updatedAt: now } }),
  );
  if (changed !== 1) throw new AppError('CONFLICT', '预约状态已变化，请刷新后重试');
  return toBoardBooking({ ...b, ...patch }, slot, await certificatesOf([b]), now);
}

