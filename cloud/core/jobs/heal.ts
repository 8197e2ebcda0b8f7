// 对账: the healers the code has, run by the job so that what a crash left out of step is put right
// even if nobody opens it.
//   - volunteer seats: reconcileActivities heals every published activity (holders are the truth);
//   - crew-station bookings: a booking still `pending` long after it was begun (the booker's call
//     died half-way) is settled from its slot, which fails it and frees its quota;
//   - station search rows: a station whose index rewrite a crash left unfinished is reindexed;
//   - 注销: a deletion a crash cut short is finished (privacy/delete-mine.ts).
import { reconcileActivities } from '../volunteer/reconcile';
import { settleAll } from '../stations/settle';
import { bookings, type BookingDoc } from '../stations/slot-docs';
import { reindexPending } from '../stations/index-rows';
import { db, getList, MAX_LIMIT } from '../sdk';
import { finishDeletions } from '../privacy/delete-mine';
import type { TaskResult } from './notices';

export async function healSeats(now: Date): Promise<TaskResult> {
  return { ...(await reconcileActivities(now)) };
}

export async function healBookings(now: Date): Promise<TaskResult> {
  const pending = await getList<BookingDoc>(bookings().where({ status: 'pending' }).orderBy('startAt', 'asc').limit(MAX_LIMIT));
  const { bookings: settled } = await settleAll(pending, now);
  return { pending: pending.length, settled: settled.filter((b) => b.status !== 'pending').length };
}

export async function healStationIndex(): Promise<TaskResult> {
  const orgs = await getList<{ _id: string }>(db.collection('orgs').field({ _id: true }).limit(MAX_LIMIT));
  let reindexed = 0;
  for (const o of orgs) reindexed += await reindexPending(o._id);
  return { reindexed };
}

export async function healDeletions(now: Date): Promise<TaskResult> {
  return { ...(await finishDeletions(now)) };
}
