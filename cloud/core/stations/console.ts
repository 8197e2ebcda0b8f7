// Staff console writes that are not bookings or station details: blocking a day or a slot, notices.
import type * as z from 'zod/mini';
import type { BlockInput, BookingDay, Notice, PostNoticeInput } from '../../../contracts/stations';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { requestDocId } from '../request-id';
import { findById, isDuplicateKey } from '../sdk';
import { toNotice } from './detail';
import { STATION_NOTICES, stationNotices, type NoticeDoc } from './docs';
import { loadManagedStation } from './scope';
import { promoteAndTell } from './book';
import { bookableService, ensureSlots, toSlotView } from './slots';
import { slots, slotId } from './slot-docs';

/** Blocks (or reopens) a day's slots of a service, or one slot. Bookings already made stay; staff contact them. */
export async function blockSlots(actor: Actor, input: z.output<typeof BlockInput>, now: Date): Promise<BookingDay> {
  const s = await loadManagedStation(actor, input.stationId);
  const svc = bookableService(s, input.serviceId);
  const day = await ensureSlots(s, input.serviceId, input.date, input.date, now);
  const target = input.start ? day.filter((x) => x._id === slotId(s._id, input.serviceId, input.date, input.start!)) : day;
  if (target.length === 0) throw new AppError('NOT_FOUND', input.start ? '该时段不存在' : '这一天没有预约时段');
  for (const x of target) {
    await slots()
      .where({ _id: x._id })
      .update({ data: { blocked: input.blocked, blockReason: input.blocked ? input.reason || null : null } });
    // Reopening frees seats for the waitlist again.
    if (!input.blocked) await promoteAndTell(x._id, now);
  }
  const after = await ensureSlots(s, input.serviceId, input.date, input.date, now);
  return { date: input.date, slots: after.map((x) => toSlotView(x, svc.booking.waitlist, now)) };
}

export async function postNotice(actor: Actor, name: string, input: z.output<typeof PostNoticeInput>, now: Date): Promise<Notice> {
  await loadManagedStation(actor, input.stationId);
  const doc: NoticeDoc = {
    _id: requestDocId('nt', actor.openid, input.requestId),
    stationId: input.stationId,
    title: input.title,
    body: input.body,
    createdAt: now,
    by: actor.openid,
    byName: name,
  };
  try {
    await stationNotices().add({ data: doc });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const first = await findById<NoticeDoc>(STATION_NOTICES, doc._id);
    if (first) return toNotice(first);
  }
  return toNotice(doc);
}

export async function removeNotice(actor: Actor, stationId: string, id: string): Promise<null> {
  await loadManagedStation(actor, stationId);
  const n = await findById<NoticeDoc>(STATION_NOTICES, id);
  if (!n || n.stationId !== stationId) throw new AppError('NOT_FOUND', '公告不存在');
  await stationNotices().doc(id).remove();
  return null;
}
