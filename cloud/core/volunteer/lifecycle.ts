// 发布与取消活动 (organisers).
import type { Activity } from '../../../contracts/volunteer';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { sendMessage } from '../messages/messages';
import { _, getList, MAX_LIMIT, updatedCount } from '../sdk';
import { activities, enrollments, ms, type EnrollmentDoc } from './docs';
import { cancelledNotice } from './notices';
import { loadActivity, loadManaged, publicActivity } from './views';

export async function publishActivity(actor: Actor, id: string, now: Date): Promise<Activity> {
  const a = await loadManaged(actor, id);
  if (a.status === 'published') return publicActivity(a);
  if (a.status !== 'draft') throw new AppError('CONFLICT', '活动已结束或已取消');
  if (ms(a.startAt) <= now.getTime()) throw new AppError('CONFLICT', '活动开始时间已过，请修改时间后再发布');
  await activities()
    .where({ _id: a._id, status: 'draft' })
    .update({ data: { status: 'published', remaining: a.capacity, enrolled: 0, holders: [], updatedAt: now } });
  return publicActivity(await loadActivity(a._id));
}

export async function cancelActivity(actor: Actor, id: string, reason: string, now: Date): Promise<Activity> {
  const a = await loadManaged(actor, id);
  if (a.status === 'finished') throw new AppError('CONFLICT', '活动已结束，不能取消');
  if (a.status !== 'cancelled') {
    const changed = await updatedCount(
      activities()
        .where({ _id: a._id, status: _.in(['draft', 'published']) })
        .update({ data: { status: 'cancelled', cancelReason: reason, updatedAt: now } }),
    );
    if (changed !== 1) throw new AppError('CONFLICT', '活动状态已变化，请刷新后重试');
  }
  const after = await loadActivity(a._id);
  // A retried cancel tells whoever has not been told (message ids derive from activity and person).
  await forEachActive(a._id, (e) => sendMessage(cancelledNotice(after, e.openid, after.cancelReason ?? reason, now)));
  return publicActivity(after);
}

/** Every enrolled or waitlisted person of the activity, a page at a time. */
export async function forEachActive(activityId: string, fn: (e: EnrollmentDoc) => Promise<void>): Promise<void> {
  let after = '';
  for (;;) {
    const page = await getList<EnrollmentDoc>(
      enrollments()
        .where({ activityId, status: _.in(['enrolled', 'waitlisted']), seqKey: _.gt(after) })
        .orderBy('seqKey', 'asc')
        .limit(MAX_LIMIT),
    );
    for (let i = 0; i < page.length; i += 20) await Promise.all(page.slice(i, i + 20).map(fn));
    if (page.length < MAX_LIMIT) return;
    after = page[page.length - 1]!.seqKey;
  }
}

