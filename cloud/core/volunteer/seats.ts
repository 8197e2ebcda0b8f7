// Seats without transactions: `remaining` on the activity is taken by a conditional decrement
// (updated === 1 took a seat), and a freed seat goes to the first of the waitlist by a conditional
// update of that enrollment (waitlisted → enrolled: exactly one taker wins it).
import { sendMessage } from '../messages/messages';
import { _, getList, updatedCount } from '../sdk';
import { activities, enrollments, type ActivityDoc, type EnrollmentDoc } from './docs';
import { promotedNotice } from './notices';

type SeatActivity = Pick<ActivityDoc, '_id' | 'capacity' | 'title'>;

/** Takes a seat: for capacity 0 (unlimited) always; otherwise only while one is left. */
export async function takeSeat(a: SeatActivity): Promise<boolean> {
  if (a.capacity === 0) {
    const n = await updatedCount(activities().where({ _id: a._id, capacity: 0 }).update({ data: { enrolled: _.inc(1) } }));
    if (n === 1) return true;
  }
  const n = await updatedCount(
    activities()
      .where({ _id: a._id, capacity: _.gt(0), remaining: _.gt(0) })
      .update({ data: { remaining: _.inc(-1), enrolled: _.inc(1) } }),
  );
  return n === 1;
}

/** Gives a seat back. */
export async function releaseSeat(a: SeatActivity): Promise<void> {
  const n = await updatedCount(
    activities()
      .where({ _id: a._id, capacity: _.gt(0) })
      .update({ data: { remaining: _.inc(1), enrolled: _.inc(-1) } }),
  );
  if (n === 0) await activities().where({ _id: a._id }).update({ data: { enrolled: _.inc(-1) } });
}

const BATCH = 5;

/** Moves the first waitlisted person (by arrival) to enrolled; the caller holds the seat they get. */
async function promoteFirst(a: SeatActivity, now: Date): Promise<EnrollmentDoc | null> {
  for (;;) {
    const batch = await getList<EnrollmentDoc>(
      enrollments().where({ activityId: a._id, status: 'waitlisted' }).orderBy('seqKey', 'asc').limit(BATCH),
    );
    if (batch.length === 0) return null;
    for (const e of batch) {
      // Lost a race for this one (promoted or cancelled meanwhile): try the next.
      const won = await updatedCount(
        enrollments()
          .where({ _id: e._id, status: 'waitlisted' })
          .update({ data: { status: 'enrolled', promotedAt: now } }),
      );
      if (won !== 1) continue;
      await activities().where({ _id: a._id }).update({ data: { waitlisted: _.inc(-1) } });
      await sendMessage(promotedNotice(a, e.openid, now));
      return e;
    }
  }
}

async function anyWaitlisted(activityId: string): Promise<boolean> {
  const rows = await getList<EnrollmentDoc>(
    enrollments().where({ activityId, status: 'waitlisted' }).field({ _id: true }).limit(1),
  );
  return rows.length > 0;
}

/**
 * Hands a seat the caller holds (counted in `enrolled`) to the first waitlisted person, or gives it
 * back when no one waits. Someone who joined the waitlist just as the seat was given back is seen by
 * the check after it (or sees the seat themselves: see fillSeats). True when someone was promoted.
 */
export async function passSeat(a: SeatActivity, now: Date): Promise<boolean> {
  for (;;) {
    if (await promoteFirst(a, now)) return true;
    await releaseSeat(a);
    if (!(await anyWaitlisted(a._id))) return false;
    if (!(await takeSeat(a))) return false;
  }
}

/** Promotes waitlisted people while seats are free: after joining the waitlist, or when capacity grows. */
export async function fillSeats(a: SeatActivity, now: Date): Promise<number> {
  let promoted = 0;
  while (await takeSeat(a)) {
    if (!(await passSeat(a, now))) break;
    promoted++;
  }
  return promoted;
}
