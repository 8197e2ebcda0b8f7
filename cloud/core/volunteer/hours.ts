// 我的活动's total: the hours credited to the caller when activities were closed.
import type { MyHours } from '../../../contracts/volunteer';
import type { Actor } from '../access';
import { aggregateList, db } from '../sdk';
import { ENROLLMENTS } from './docs';

/** One aggregate over the caller's own enrollments (openid + status lead an index): no stored counter to drift. */
export async function myHours(actor: Actor): Promise<MyHours> {
  const $ = db.command.aggregate;
  const rows = await aggregateList<{ hours: number; n: number }>(
    db
      .collection(ENROLLMENTS)
      .aggregate()
      .match({ openid: actor.openid, status: 'enrolled', credited: true })
      .group({ _id: null, hours: $.sum('$hours'), n: $.sum(1) }),
  );
  const row = rows[0];
  // Hours are kept to one decimal where they are credited; the sum is rounded the same way.
  return { hours: Math.round((row?.hours ?? 0) * 10) / 10, activities: row?.n ?? 0 };
}
