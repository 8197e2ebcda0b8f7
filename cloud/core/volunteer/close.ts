// 结项: the organiser finishes the activity; each attendee's hours are stored and the activity's
// points item granted through grant() (ledger id act_<activityId>_<openid>), once however often
// close runs, one after another or at the same time.
import type { Activity } from '../../../contracts/volunteer';
import type { Actor } from '../access';
import type { UserDoc } from '../account/users';
import { AppError } from '../errors';
import { addMessage } from '../messages/messages';
import { chinaToday } from '../points/dates';
import { grant } from '../points/grant';
import { awardedMessage } from '../points/notices';
import { _, findByIds, updatedCount } from '../sdk';
import { allEnrollments } from './attendance';
import { activities, enrollments, ms, toActivity, type ActivityDoc, type EnrollmentDoc } from './docs';
import { HOUR_MS } from './times';
import { loadActivity, loadManaged } from './views';
import { quoted } from '../../../contracts/quotes';

/**
 * Time present within the activity, capped at its length and at serviceHours (when set),
 * rounded down to half an hour.
 */
export function serviceHours(
  a: Pick<ActivityDoc, 'startAt' | 'endAt' | 'serviceHours'>,
  e: Pick<EnrollmentDoc, 'checkedInAt' | 'checkedOutAt'>,
): number {
  if (!e.checkedInAt || !e.checkedOutAt) return 0;
  const present = Math.min(ms(e.checkedOutAt), ms(a.endAt)) - Math.max(ms(e.checkedInAt), ms(a.startAt));
  let hours = Math.min(Math.max(0, present), ms(a.endAt) - ms(a.startAt)) / HOUR_MS;
  if (a.serviceHours > 0) hours = Math.min(hours, a.serviceHours);
  return Math.floor(hours * 2 + 1e-9) / 2;
}

export async function closeActivity(
  actor: Actor,
  by: { openid: string; name: string },
  id: string,
  now: Date,
): Promise<{ activity: Activity; credited: number }> {
  const a = await loadManaged(actor, id);
  if (a.status === 'published') {
    if (now.getTime() < ms(a.startAt)) throw new AppError('CONFLICT', '活动开始后才能结项');
    await activities()
      .where({ _id: a._id, status: 'published' })
      .update({ data: { status: 'finished', closedAt: now, updatedAt: now } });
  }
  const finished = await loadActivity(a._id);
  // A finished activity is closed again to finish crediting a close that stopped half-way.
  if (finished.status !== 'finished') throw new AppError('CONFLICT', '活动未发布或已取消，不能结项');

  const attendees = (await allEnrollments(a._id)).filter((e) => e.status === 'enrolled' && e.checkedInAt && e.checkedOutAt);
  const users = new Map((await findByIds<UserDoc>('users', attendees.map((e) => e.openid))).map((u) => [u._id, u]));
  let credited = 0;
  // One at a time: grants to first-time members share the org's ranking counter, and would only conflict.
  for (const e of attendees) {
    if (!e.credited) await credit(finished, e, users.get(e.openid) ?? null, by, now);
    credited++;
  }
  return { activity: toActivity(finished), credited };
}

async function credit(
  a: ActivityDoc,
  e: EnrollmentDoc,
  user: UserDoc | null,
  by: { openid: string; name: string },
  now: Date,
): Promise<void> {
  const hours = serviceHours(a, e);
  let points = 0;
  // Points belong to party members of the activity's org; crew and others get their hours.
  if (hours > 0 && a.pointsItem && a.points > 0 && user?.roles.includes('member') && user.orgId === a.orgId && user.branchId) {
    const { entry } = await grant(
      {
        member: { openid: user._id, name: user.name, orgId: user.orgId, branchId: user.branchId },
        date: chinaToday(a.startAt),
        points: a.points,
        item: a.pointsItem,
        source: 'activity',
        sourceId: a._id,
        reason: `志愿服务${quoted(a.title)}${hours} 小时`,
        by,
      },
      now,
      { alongside: (tx, granted) => addMessage(tx, awardedMessage(granted, now)) },
    );
    points = entry.points;
  }
  // The guard makes the stored hours once; the grant above is once by its ledger id.
  await updatedCount(
    enrollments()
      .where({ _id: e._id, credited: _.neq(true) })
      .update({ data: { credited: true, hours, points: points || null } }),
  );
}
