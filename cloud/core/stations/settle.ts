// A booking's status is a copy of where it stands on its slot (seats.ts): seated → booked,
// queued → waitlisted, neither → cancelled (a cancel that stopped half-way) or, for a booking still
// being made, failed once it is clearly abandoned. Reads settle what they show.
import { _, findByIds, updatedCount } from '../sdk';
import { sendMessage } from '../messages/messages';
import { serviceName } from '../../../contracts/stations-catalog';
import { placeOf } from './seats';
import { SLOTS, bookings, quotaId, quotas, type BookingDoc, type SlotDoc } from './slot-docs';
import { quoted } from '../../../contracts/quotes';

/** A booking still being made is left alone this long (a function runs a minute at most). */
const ABANDONED_MS = 10 * 60_000;

const ACTIVE = ['pending', 'booked', 'waitlisted'] as const;

export function isActive(b: Pick<BookingDoc, 'status'>): boolean {
  return (ACTIVE as readonly string[]).includes(b.status);
}

/** Frees the booking's place in the person's daily quota (once: only while it is held). */
export async function releaseQuota(b: BookingDoc, countAsCancel: boolean): Promise<void> {
  await quotas()
    .where({ _id: quotaId(b), held: b._id })
    .update({ data: { held: _.pull(b._id), n: _.inc(-1), cancels: _.inc(countAsCancel ? 1 : 0) } });
}

async function setStatus(b: BookingDoc, from: readonly string[], patch: Partial<BookingDoc>, now: Date): Promise<boolean> {
  return (
    (await updatedCount(
      bookings()
        .where({ _id: b._id, status: _.in([...from]) })
        .update({ data: { ...patch, updatedAt: now } }),
    )) === 1
  );
}

export function promotedMessage(b: BookingDoc, now: Date) {
  return {
    _id: `bkpromo_${b._id}`,
    openid: b.openid,
    kind: 'booking_promoted' as const,
    title: '候补成功',
    body: `你候补的${quoted(b.stationName)}${serviceName(b.serviceId)}（${b.date} ${b.start}-${b.end}）已转为预约成功，请按时到达。`,
    refId: b._id,
    read: false,
    createdAt: now,
  };
}

/** Brings one booking's status in line with its slot; returns it as it now stands. */
export async function settle(b: BookingDoc, slot: SlotDoc | null, now: Date): Promise<BookingDoc> {
  if (!isActive(b)) return b;
  const place = placeOf(slot, b._id);
  if (place === 'seated' && b.status !== 'booked') {
    if (await setStatus(b, ['pending', 'waitlisted'], { status: 'booked' }, now)) {
      if (b.status === 'waitlisted') await sendMessage(promotedMessage(b, now));
      return { ...b, status: 'booked' };
    }
  } else if (place === 'queued' && b.status === 'pending') {
    if (await setStatus(b, ['pending'], { status: 'waitlisted' }, now)) return { ...b, status: 'waitlisted' };
  } else if (place === null && b.status !== 'pending') {
    await releaseQuota(b, true);
    if (await setStatus(b, ['booked', 'waitlisted'], { status: 'cancelled' }, now)) return { ...b, status: 'cancelled' };
  } else if (place === null && now.getTime() - new Date(b.createdAt).getTime() > ABANDONED_MS) {
    await releaseQuota(b, false);
    if (await setStatus(b, ['pending'], { status: 'failed', failedReason: '预约未完成，请重新预约' }, now)) {
      return { ...b, status: 'failed', failedReason: '预约未完成，请重新预约' };
    }
  } else return b;
  return (await findByIds<BookingDoc>('bookings', [b._id]))[0] ?? b;
}

/** Settles many bookings with one read of their slots. */
export async function settleAll(list: BookingDoc[], now: Date): Promise<{ bookings: BookingDoc[]; slots: Map<string, SlotDoc> }> {
  const slotIds = [...new Set(list.filter(isActive).map((b) => b.slotId))];
  const slotDocs = new Map((await findByIds<SlotDoc>(SLOTS, slotIds)).map((x) => [x._id, x]));
  const out: BookingDoc[] = [];
  for (const b of list) out.push(isActive(b) ? await settle(b, slotDocs.get(b.slotId) ?? null, now) : b);
  return { bookings: out, slots: slotDocs };
}
