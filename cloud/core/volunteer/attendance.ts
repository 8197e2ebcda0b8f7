// 签到签退 (participants, with the organiser's code), 补录考勤 and the roster (organisers).
import type * as z from 'zod/mini';
import { checkinPhase, type CheckInInput, type MarkAttendanceInput, type MyEnrollment, type RosterEntry } from '../../../contracts/volunteer';
import type { Actor } from '../access';
import type { UserDoc } from '../account/users';
import { AppError } from '../errors';
import { checkLimit, consume, type Limit } from '../rate-limit';
import { allRecords } from '../seats';
import { _, findById, findByIds, updatedCount } from '../sdk';
import { currentCode, isValidCode } from './checkin-code';
import { enrollments, iso, type EnrollmentDoc } from './docs';
import { ENROLLMENT_SEATS, healActivity } from './seats';
import { parseTime } from './times';
import { findEnrollment, loadActivity, loadManaged, toMyEnrollment } from './views';

/**
 * Wrong check-in codes per person and activity: 5 in 10 minutes, then locked out until the window
 * ends, even with the right code (32^6 codes cannot be guessed in 5 tries).
 */
export const CHECKIN_LIMIT: Limit = { name: 'checkin', max: 5, windowMs: 10 * 60_000, what: '签到码错误次数过多' };

export async function checkinCode(actor: Actor, id: string, now: Date): Promise<{ code: string; qr: string; expiresAt: string }> {
  const a = await loadManaged(actor, id);
  if (a.status !== 'published') throw new AppError('CONFLICT', '活动未在进行中');
  return currentCode(a.secret, a._id, now);
}

export async function checkIn(actor: Actor, input: z.output<typeof CheckInInput>, now: Date): Promise<MyEnrollment> {
  const [a, e] = await Promise.all([loadActivity(input.id), findEnrollment(input.id, actor.openid)]);
  if (!e || e.status !== 'enrolled') throw new AppError('FORBIDDEN', '只有已报名的人员可以签到');
  if (a.status !== 'published') throw new AppError('CONFLICT', '活动已结束或已取消');
  // The same window the app shows the check-in box in (contracts: CHECKIN_WINDOW).
  const phase = checkinPhase(a, now.getTime());
  if (phase === 'early') throw new AppError('CONFLICT', '活动开始前 1 小时起才能签到');
  if (phase === 'closed') throw new AppError('CONFLICT', '活动已结束，签到已关闭');
  const limitKey = `${a._id}_${actor.openid}`;
  await checkLimit(CHECKIN_LIMIT, limitKey, now);
  if (!isValidCode(a.secret, a._id, input.code, now)) {
    await consume(CHECKIN_LIMIT, limitKey, now);
    throw new AppError('INVALID_INPUT', '签到码已过期或无效');
  }
  if (input.kind === 'in') {
    // Checking in twice keeps the first time.
    await enrollments().where({ _id: e._id, checkedInAt: null }).update({ data: { checkedInAt: now } });
  } else {
    if (!e.checkedInAt) throw new AppError('CONFLICT', '请先签到再签退');
    await enrollments().where({ _id: e._id, checkedOutAt: null }).update({ data: { checkedOutAt: now } });
  }
  return toMyEnrollment((await findEnrollment(a._id, actor.openid)) ?? e);
}

export async function markAttendance(
  actor: Actor,
  input: z.output<typeof MarkAttendanceInput>,
  now: Date,
): Promise<RosterEntry> {
  const a = await loadManaged(actor, input.id);
  // An organiser's own attendance is marked by another organiser, never by themselves.
  if (input.openid === actor.openid) throw new AppError('FORBIDDEN', '不能为自己补录考勤');
  if (a.status !== 'published' && a.status !== 'finished') throw new AppError('CONFLICT', '活动未发布或已取消');
  const e = await findEnrollment(a._id, input.openid);
  if (!e) throw new AppError('NOT_FOUND', '报名记录不存在');
  if (e.status !== 'enrolled') throw new AppError('CONFLICT', '只能为已报名（非候补）的人员补录考勤');
  const checkedInAt = parseTime(input.checkedInAt, '签到时间');
  const checkedOutAt = parseTime(input.checkedOutAt, '签退时间');
  if (checkedOutAt <= checkedInAt) throw new AppError('INVALID_INPUT', '签退时间须晚于签到时间');
  if (checkedInAt.getTime() > now.getTime()) throw new AppError('INVALID_INPUT', '签到时间不能晚于现在');
  const changed = await updatedCount(
    enrollments()
      .where({ _id: e._id, status: 'enrolled', credited: _.neq(true) })
      .update({ data: { checkedInAt, checkedOutAt, markedReason: input.reason, markedBy: actor.openid } }),
  );
  if (changed !== 1) throw new AppError('CONFLICT', '服务时长已计入，不能再修改考勤');
  const user = await findById<UserDoc>('users', e.openid);
  return rosterEntry({ ...e, checkedInAt, checkedOutAt, markedReason: input.reason }, user, null);
}

function rosterEntry(e: EnrollmentDoc, user: UserDoc | null, position: number | null): RosterEntry {
  return {
    openid: e.openid,
    name: user?.name ?? '',
    phone: user?.phone ?? null,
    status: e.status,
    waitlistPosition: position,
    checkedInAt: e.checkedInAt ? iso(e.checkedInAt) : null,
    checkedOutAt: e.checkedOutAt ? iso(e.checkedOutAt) : null,
    markedReason: e.markedReason,
    hours: e.hours,
    points: e.points,
    pointsNote: e.pointsNote ?? null,
    signedUpAt: iso(e.signedUpAt),
  };
}

const RANK = { enrolled: 0, waitlisted: 1, cancelled: 2 } as const;

/** Enrolled, then the waitlist in order, then those who cancelled; healed first, so it shows what is stored. */
export async function roster(actor: Actor, id: string, now: Date): Promise<RosterEntry[]> {
  const a = await loadManaged(actor, id);
  if (a.status === 'published') await healActivity(a._id, now);
  const all = await allRecords<EnrollmentDoc>(ENROLLMENT_SEATS, a._id);
  const users = new Map((await findByIds<UserDoc>('users', all.map((e) => e.openid))).map((u) => [u._id, u]));
  let position = 0;
  return all
    .sort((x, y) => RANK[x.status] - RANK[y.status] || (x.seqKey < y.seqKey ? -1 : 1))
    .map((e) => rosterEntry(e, users.get(e.openid) ?? null, e.status === 'waitlisted' ? ++position : null));
}
