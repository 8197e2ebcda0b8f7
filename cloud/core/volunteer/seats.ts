// An activity's places are a seat pool (core/seats): the activity document holds the seats, the
// enrollments are the records, the waitlist is the records' line.
import { sendMessage } from '../messages/messages';
import { heal, type HealReport, type SeatSpec } from '../seats';
import { _, aggregateList, db } from '../sdk';
import { ACTIVITIES, ENROLLMENTS, enrollmentId, type ActivityDoc } from './docs';
import { promotedNotice } from './notices';

export const ENROLLMENT_SEATS: SeatSpec<ActivityDoc> = {
  pools: ACTIVITIES,
  records: ENROLLMENTS,
  poolField: 'activityId',
  recordId: enrollmentId,
  messages: {
    already: '你已报名',
    full: '名额已满',
    belowTaken: (n) => `人数不能少于已报名的 ${n} 人`,
  },
  onPromoted: (a, openid, now) => sendMessage(promotedNotice(a, openid, now)),
};

/** The activity's enrollments brought in step with its seats (after a crash at any point). */
export function healActivity(id: string, now: Date): Promise<HealReport> {
  return heal(ENROLLMENT_SEATS, id, now);
}

/** How many wait for each of these activities, in one request. */
export async function waitingCounts(ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const $ = db.command.aggregate;
  const rows = await aggregateList<{ _id: string; n: number }>(
    db
      .collection(ENROLLMENTS)
      .aggregate()
      .match({ activityId: _.in([...ids]), status: 'waitlisted' })
      .group({ _id: '$activityId', n: $.sum(1) }),
  );
  return new Map(rows.map((r) => [r._id, r.n]));
}
