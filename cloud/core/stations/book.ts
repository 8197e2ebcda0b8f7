// 预约: a crew member books a slot for themselves or for a ship. The booking's `_id` comes from the
// client's request id, so a retried request (or the outbox after a crash) continues the same booking
// instead of making a second one. Order of writes: the booking (pending) → the daily quota → the seat
// on the slot → the status copy. A crash after any of them is finished by the retry or by settle().
import type * as z from 'zod/mini';
import type { BookInput } from '../../../contracts/stations';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { requestDocId } from '../request-id';
import { _, findById, findByIds, isDuplicateKey, updatedCount } from '../sdk';
import type { CertificateDoc } from '../certificates/docs';
import { claimSeat, promote, releaseSeat } from './seats';
import { loadVisibleStation } from './scope';
import { bookableService } from './slots';
import { newCode } from './pass';
import { releaseQuota, settle } from './settle';
import { BOOKINGS, SLOTS, bookings, quotaId, quotas, type BookingDoc, type QuotaDoc, type SlotDoc } from './slot-docs';

type Input = z.output<typeof BookInput>;

/** Cancelling the same service more often than this in a day stops new bookings of it that day. */
export const MAX_CANCELS_PER_DAY = 3;

function refuse(message: string): never {
  throw new AppError('CONFLICT', message);
}

async function markFailed(b: BookingDoc, reason: string, now: Date): Promise<BookingDoc> {
  await bookings()
    .where({ _id: b._id, status: 'pending' })
    .update({ data: { status: 'failed', failedReason: reason, updatedAt: now } });
  return { ...b, status: 'failed', failedReason: reason };
}

/** Holds one of the person's daily bookings of this service; false when the limit is reached. */
async function takeQuota(b: BookingDoc, limit: number): Promise<'ok' | 'limit' | 'cancels'> {
  const _id = quotaId(b);
  for (let attempt = 0; attempt < 4; attempt++) {
    // Most bookings are a person's first of the day: try to start the quota first.
    if (attempt === 0) {
      try {
        await quotas().add({ data: { _id, held: [b._id], n: 1, cancels: 0 } });
        return 'ok';
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
    const took = await updatedCount(
      quotas()
        .where({ _id, n: _.lt(limit), cancels: _.lt(MAX_CANCELS_PER_DAY), held: _.neq(b._id) })
        .update({ data: { n: _.inc(1), held: _.push(b._id) } }),
    );
    if (took === 1) return 'ok';
    const q = await findById<QuotaDoc>('bookingQuotas', _id);
    if (q?.held.includes(b._id)) return 'ok';
    if (q) return q.cancels >= MAX_CANCELS_PER_DAY ? 'cancels' : 'limit';
    try {
      await quotas().add({ data: { _id, held: [b._id], n: 1, cancels: 0 } });
      return 'ok';
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new AppError('CONFLICT');
}

async function checkCertificates(openid: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const mine = await findByIds<CertificateDoc>('certificates', ids);
  if (mine.length !== new Set(ids).size || mine.some((c) => c.openid !== openid)) {
    throw new AppError('NOT_FOUND', '所选证书不存在');
  }
}

export async function book(actor: Actor, name: string, input: Input, now: Date): Promise<BookingDoc> {
  const _id = requestDocId('bk', actor.openid, input.requestId);
  const [existing, slot] = await Promise.all([findById<BookingDoc>(BOOKINGS, _id), findById<SlotDoc>(SLOTS, input.slotId)]);
  if (existing && existing.status !== 'pending') return existing;

  if (!slot) throw new AppError('NOT_FOUND', '预约时段不存在，请刷新后重试');
  const station = await loadVisibleStation(actor, slot.stationId);
  const svc = bookableService(station, slot.serviceId);
  const rules = svc.booking;
  const startAt = new Date(slot.startAt);
  if (!existing) {
    if (slot.blocked) refuse(slot.blockReason ? `该时段暂停预约：${slot.blockReason}` : '该时段暂停预约');
    if (startAt.getTime() <= now.getTime()) refuse('该时段已开始，不能再预约');
    if (input.people > rules.maxPeople) throw new AppError('INVALID_INPUT', `每次预约最多 ${rules.maxPeople} 人`);
    if (input.eta && (Date.parse(input.eta.to) < now.getTime() || Date.parse(input.eta.from) > startAt.getTime() + 86_400_000)) {
      throw new AppError('INVALID_INPUT', '预计到达时间应在预约时段前后');
    }
    await checkCertificates(actor.openid, input.certificateIds ?? []);
  }
  const doc: BookingDoc = existing ?? {
    _id,
    openid: actor.openid,
    name,
    stationId: station._id,
    stationName: station.name,
    serviceId: slot.serviceId,
    slotId: slot._id,
    date: slot.date,
    start: slot.start,
    end: slot.end,
    startAt,
    cancelDeadline: new Date(startAt.getTime() - rules.cancelBeforeMinutes * 60_000),
    people: input.people,
    ship: input.ship,
    eta: input.eta ? { from: new Date(input.eta.from), to: new Date(input.eta.to) } : null,
    phone: input.phone,
    note: input.note,
    reminderRequested: input.reminder,
    certificateIds: input.certificateIds ?? [],
    status: 'pending',
    code: newCode(),
    confirmed: false,
    usedAt: null,
    usedVia: null,
    usedBy: null,
    reuses: 0,
    reuseLog: [],
    failedReason: null,
    createdAt: now,
    updatedAt: now,
  };
  if (!existing) {
    try {
      await bookings().add({ data: doc });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // The same request arrived twice at once: the other one carries it on.
      const other = await findById<BookingDoc>(BOOKINGS, _id);
      if (other) return other;
      throw err;
    }
  }
  const quota = await takeQuota(doc, rules.perPersonPerDay);
  if (quota !== 'ok') {
    const reason =
      quota === 'cancels'
        ? `今天已取消 ${MAX_CANCELS_PER_DAY} 次该服务的预约，请明天再约`
        : `每人每天最多预约该服务 ${rules.perPersonPerDay} 次`;
    await markFailed(doc, reason, now);
    refuse(reason);
  }
  const claim = await claimSeat(slot._id, { id: doc._id, n: doc.people }, rules.waitlist);
  if (claim === 'full' || claim === 'blocked' || claim === 'gone') {
    await releaseQuota(doc, false);
    const reason = claim === 'full' ? '该时段已约满' : claim === 'blocked' ? '该时段暂停预约' : '预约时段已调整，请刷新后重试';
    await markFailed(doc, reason, now);
    refuse(reason);
  }
  // The slot now holds the truth; copy it onto the booking (settle() repairs this copy if we die here).
  const status = claim === 'seated' ? 'booked' : 'waitlisted';
  await bookings()
    .where({ _id: doc._id, status: 'pending' })
    .update({ data: { status, updatedAt: now } });
  return { ...doc, status };
}

/** The owner cancels before the deadline; the freed seats go to the head of the waitlist. Cancelling twice answers twice alike. */
export async function cancelBooking(actor: Actor, id: string, now: Date): Promise<BookingDoc> {
  const found = await findById<BookingDoc>(BOOKINGS, id);
  if (!found || found.openid !== actor.openid) throw new AppError('NOT_FOUND', '预约不存在');
  const b = await settle(found, await findById<SlotDoc>(SLOTS, found.slotId), now);
  // Already cancelled: the same answer again (the app's outbox resends a cancellation whose answer was lost).
  if (b.status === 'cancelled') return b;
  if (b.status !== 'booked' && b.status !== 'waitlisted') refuse('该预约已结束，不能取消');
  if (now.getTime() > new Date(b.cancelDeadline).getTime()) refuse('已过取消截止时间，如需取消请联系驿站');
  await releaseSeat(b.slotId, { id: b._id, n: b.people });
  await releaseQuota(b, true);
  await bookings()
    .where({ _id: b._id, status: _.in(['booked', 'waitlisted']) })
    .update({ data: { status: 'cancelled', updatedAt: now } });
  await promoteAndTell(b.slotId, now);
  return { ...b, status: 'cancelled' };
}

/** Promotes the waitlist of a slot and settles (and tells) each promoted booking. */
export async function promoteAndTell(slotId: string, now: Date): Promise<void> {
  const promoted = await promote(slotId);
  if (promoted.length === 0) return;
  const slot = await findById<SlotDoc>(SLOTS, slotId);
  // settle() tells each promoted person (a message written once per booking).
  for (const b of await findByIds<BookingDoc>(BOOKINGS, promoted)) await settle(b, slot, now);
}
