// 预约提醒: a booked slot starting within the next 3 hours reminds its booker once (any hour: a
// slot is a time the boat must keep), unless it was booked less than an hour ago. The booking's
// status is settled from its slot first, so a booking a crash left half-cancelled is not reminded.
import { serviceName } from '../../../contracts/stations-catalog';
import { quoted } from '../../../contracts/quotes';
import { stableId } from '../points/ids';
import { _, getList } from '../sdk';
import { settleAll } from '../stations/settle';
import { bookings, type BookingDoc } from '../stations/slot-docs';
import { chinaTimeText } from '../subscribe/format';
import { HOUR_MS } from './clock';
import type { Notice } from '../subscribe/deliver';
import { deliverAll, type TaskResult } from './notices';

export const BOOKING_LEAD_MS = 3 * HOUR_MS;
const FRESH_MS = HOUR_MS;

export async function bookingReminders(now: Date): Promise<TaskResult> {
  const soon = await getList<BookingDoc>(
    bookings()
      .where({ status: 'booked', startAt: _.gt(now).and(_.lte(new Date(now.getTime() + BOOKING_LEAD_MS))) })
      .orderBy('startAt', 'asc')
      .limit(1000),
  );
  const due = soon.filter((b) => now.getTime() - new Date(b.createdAt).getTime() >= FRESH_MS);
  const { bookings: settled } = await settleAll(due, now);
  const notices = settled
    .filter((b) => b.status === 'booked')
    .map((b): Notice => {
      const key = `booking_${b._id}_${b.openid}_before`;
      const service = serviceName(b.serviceId);
      return {
        key,
        kind: 'booking',
        openid: b.openid,
        message: {
          _id: stableId('msg_', key),
          openid: b.openid,
          kind: 'booking_reminder' as const,
          title: '预约即将开始',
          body: `您在${quoted(b.stationName)}预约的${service}将于 ${chinaTimeText(new Date(b.startAt))} 开始（${b.start}-${b.end}），请按时到达并出示预约码 ${b.code}。`,
          refId: b._id,
          read: false,
          createdAt: now,
        },
        push: {
          template: 'bookingReminder' as const,
          values: { station: b.stationName, service, time: new Date(b.startAt), note: `预约码 ${b.code}，请按时到达` },
        },
      };
    });
  return deliverAll(notices, now);
}
