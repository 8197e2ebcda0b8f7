// 结项: the organiser finishes the activity; each attendee's hours are stored and the activity's
// points item granted through grant() (ledger id act_<activityId>_<openid>), once however often
// close runs, one after another or at the same time — within the item's day/month/year caps, as
// claims are, and never to the activity's own organisers (their hours count, their points not).
// At a crew station, 流动党员 of other organisations are credited in their own ledger (visiting.ts).
import type { PointsItem } from '../../../contracts/points';
import type { CloseResult, PointsShortfall } from '../../../contracts/volunteer';
import type { Actor } from '../access';
import type { UserDoc } from '../account/users';
import { AppError } from '../errors';
import { addMessage } from '../messages/messages';
import { allowedPoints, checkCaps, grantedUsage, hasCaps } from '../points/caps';
import { chinaToday } from '../points/dates';
import { grant } from '../points/grant';
import { awardedMessage } from '../points/notices';
import { loadStandard } from '../points/standard';
import { allRecords } from '../seats';
import { _, findByIds, updatedCount } from '../sdk';
import { activities, enrollments, ms, type ActivityDoc, type EnrollmentDoc } from './docs';
import { ENROLLMENT_SEATS, healActivity } from './seats';
import { HOUR_MS } from './times';
import { loadActivity, loadManaged, publicActivity } from './views';
import { canManage } from './visibility';
import { visitingItem } from './visiting';
import { quoted } from '../../../contracts/quotes';

type By = { openid: string; name: string };

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

export async function closeActivity(actor: Actor, by: By, id: string, now: Date): Promise<CloseResult> {
  const a = await loadManaged(actor, id);
  if (a.status === 'published') {
    if (now.getTime() < ms(a.startAt)) throw new AppError('CONFLICT', '活动开始后才能结束');
    // Seats and enrollments in step before attendance is counted (a sign-up may have stopped half-way).
    await healActivity(a._id, now);
    await activities()
      .where({ _id: a._id, status: 'published' })
      .update({ data: { status: 'finished', closedAt: now, updatedAt: now } });
  }
  const finished = await loadActivity(a._id);
  // A finished activity is closed again to finish crediting a close that stopped half-way.
  if (finished.status !== 'finished') throw new AppError('CONFLICT', '活动未发布或已取消，不能结束');

  const attendees = (await allRecords<EnrollmentDoc>(ENROLLMENT_SEATS, a._id)).filter(
    (e) => e.status === 'enrolled' && e.checkedInAt && e.checkedOutAt,
  );
  const users = new Map((await findByIds<UserDoc>('users', attendees.map((e) => e.openid))).map((u) => [u._id, u]));
  // The item as the standard has it now: its caps apply to activities as to claims.
  const item = finished.pointsItem
    ? ((await loadStandard(finished.orgId)).items.find((i) => i.id === finished.pointsItem!.itemId) ?? null)
    : null;
  const shortfalls: PointsShortfall[] = [];
  // One at a time: grants to first-time members share the org's ranking counter, and would only conflict.
  for (const e of attendees) {
    const user = users.get(e.openid) ?? null;
    const outcome = e.credited
      ? { points: e.points ?? 0, note: e.pointsNote ?? null }
      : await credit(finished, e, user, item, by, now);
    if (outcome.note) shortfalls.push({ openid: e.openid, name: user?.name ?? '', points: outcome.points, reason: outcome.note });
  }
  // The activity's credited hours, summed once here so that brand figures need not sum every
  // sign-up on each read; set (not added), so a close run again sets it right.
  const creditedHours = (await allRecords<EnrollmentDoc>(ENROLLMENT_SEATS, a._id)).reduce(
    (sum, e) => sum + (e.credited ? (e.hours ?? 0) : 0),
    0,
  );
  await activities().where({ _id: a._id }).update({ data: { creditedHours } });
  return { activity: await publicActivity(finished), credited: attendees.length, shortfalls };
}

interface Outcome {
  points: number;
  /** Why fewer points than the activity grants; null when it granted them all (or grants none). */
  note: string | null;
}

async function credit(
  a: ActivityDoc,
  e: EnrollmentDoc,
  user: UserDoc | null,
  item: PointsItem | null,
  by: By,
  now: Date,
): Promise<Outcome> {
  const hours = serviceHours(a, e);
  const outcome = await pointsFor(a, e, user, item, hours, by, now);
  // The guard makes the stored hours once; the grant is once by its ledger id.
  await updatedCount(
    enrollments()
      .where({ _id: e._id, credited: _.neq(true) })
      .update({ data: { credited: true, hours, points: outcome.points || null, pointsNote: outcome.note } }),
  );
  return outcome;
}

/** Whoever could check themselves in or mark their own attendance: its creator and its organisers. */
function organises(a: ActivityDoc, user: UserDoc): boolean {
  const actor = { openid: user._id, roles: user.roles, orgId: user.orgId, branchId: user.branchId, stationId: user.stationId };
  return user._id === a.createdBy || canManage(actor, a);
}

async function pointsFor(
  a: ActivityDoc,
  e: EnrollmentDoc,
  user: UserDoc | null,
  item: PointsItem | null,
  hours: number,
  by: By,
  now: Date,
): Promise<Outcome> {
  if (!a.pointsItem || a.points <= 0) return { points: 0, note: null };
  if (hours <= 0) return { points: 0, note: '服务时长不足半小时，不计积分' };
  // Points belong to party members of the activity's org — and, at a crew station, to 流动党员 of
  // another org, in their own ledger (visiting.ts); crew and others get their hours.
  if (!user?.roles.includes('member') || !user.orgId || !user.branchId) {
    return { points: 0, note: '积分只计入党员，已记录服务时长' };
  }
  const visiting = user.orgId !== a.orgId;
  if (visiting && !a.stationId) return { points: 0, note: '积分只计入本单位党员，已记录服务时长' };
  if (organises(a, user)) return { points: 0, note: '活动组织者不为自己计积分，已记录服务时长' };
  const own = visiting ? await visitingItem(user.orgId, a.pointsItem) : { item, snapshot: a.pointsItem, points: a.points };
  if (!own) return { points: 0, note: '所在单位的积分标准没有可用于志愿活动的项目，已记录服务时长' };
  const date = chinaToday(a.startAt);
  const capped = own.item && hasCaps(own.item) ? own.item : null;
  for (let attempt = 0; ; attempt++) {
    const used = capped ? await grantedUsage(user._id, capped.id, date) : [];
    const allowed = capped ? allowedPoints(capped, date, used, own.points) : { points: own.points, reason: null };
    if (allowed.points <= 0) return { points: 0, note: `${allowed.reason}，本次不计积分` };
    try {
      const { entry } = await grant(
        {
          member: { openid: user._id, name: user.name, orgId: user.orgId, branchId: user.branchId },
          date,
          points: allowed.points,
          item: own.snapshot,
          source: 'activity',
          sourceId: a._id,
          reason: `志愿服务${quoted(a.title)}${hours} 小时`,
          by,
        },
        now,
        {
          // Checked again in the transaction: another grant of the item may have used the room meanwhile.
          check: async () => {
            if (capped) checkCaps(capped, date, await grantedUsage(user._id, capped.id, date), allowed.points);
          },
          alongside: (tx, granted) => addMessage(tx, awardedMessage(granted, now)),
        },
      );
      const short = entry.points < own.points;
      return { points: entry.points, note: short ? `${allowed.reason ?? '已达积分上限'}，本次计 ${entry.points} 分` : null };
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT' && attempt < 2) continue;
      throw err;
    }
  }
}
