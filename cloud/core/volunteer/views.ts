// What the app sees of an activity: the activity, the caller's enrollment, the sign-up button's state.
import type { Activity, ActivityView, MyEnrollment, SignupState } from '../../../contracts/volunteer';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { countStatus, hasRoom, positionOf } from '../seats';
import { findById } from '../sdk';
import { ACTIVITIES, ENROLLMENTS, enrollmentId, iso, ms, toActivity, type ActivityDoc, type EnrollmentDoc } from './docs';
import { ENROLLMENT_SEATS } from './seats';
import { canManage, canSee, inAudience } from './visibility';

export async function toMyEnrollment(e: EnrollmentDoc): Promise<MyEnrollment> {
  return {
    activityId: e.activityId,
    status: e.status,
    waitlistPosition: e.status === 'waitlisted' ? await positionOf(ENROLLMENT_SEATS, e.activityId, e.seqKey) : null,
    checkedInAt: e.checkedInAt ? iso(e.checkedInAt) : null,
    checkedOutAt: e.checkedOutAt ? iso(e.checkedOutAt) : null,
    hours: e.hours,
    points: e.points,
  };
}

export const isActive = (e: EnrollmentDoc | null): e is EnrollmentDoc =>
  !!e && (e.status === 'enrolled' || e.status === 'waitlisted');

export function signupState(actor: Actor, a: ActivityDoc, e: EnrollmentDoc | null, now: Date): SignupState {
  if (a.status !== 'published') return 'unavailable';
  if (isActive(e)) return e.status === 'enrolled' ? 'enrolled' : 'waitlisted';
  if (!inAudience(actor, a)) return 'unavailable';
  if (now.getTime() > ms(a.signupDeadline)) return 'closed';
  if (!hasRoom(a) && !a.waitlist) return 'full';
  return 'open';
}

export async function toView(
  actor: Actor,
  a: ActivityDoc,
  e: EnrollmentDoc | null,
  now: Date,
  waitlisted: number,
): Promise<ActivityView> {
  return {
    ...toActivity(a, waitlisted),
    mine: e ? await toMyEnrollment(e) : null,
    signupState: signupState(actor, a, e, now),
    canManage: canManage(actor, a),
  };
}

/** The activity as the app sees it, with how many wait (counted from the enrollments). */
export async function publicActivity(a: ActivityDoc): Promise<Activity> {
  return toActivity(a, await countStatus(ENROLLMENT_SEATS, a._id, 'waitlisted'));
}

export async function loadActivity(id: string): Promise<ActivityDoc> {
  const a = await findById<ActivityDoc>(ACTIVITIES, id);
  if (!a) throw new AppError('NOT_FOUND', '活动不存在');
  return a;
}

export function findEnrollment(activityId: string, openid: string): Promise<EnrollmentDoc | null> {
  return findById<EnrollmentDoc>(ENROLLMENTS, enrollmentId(activityId, openid));
}

/** The activity and the caller's enrollment; one the caller may not see is NOT_FOUND, as if it did not exist. */
export async function loadVisible(actor: Actor, id: string): Promise<{ activity: ActivityDoc; mine: EnrollmentDoc | null }> {
  const [activity, mine] = await Promise.all([findById<ActivityDoc>(ACTIVITIES, id), findEnrollment(id, actor.openid)]);
  if (!activity || !canSee(actor, activity, isActive(mine))) throw new AppError('NOT_FOUND', '活动不存在');
  return { activity, mine };
}

/** The activity, for its organisers only. */
export async function loadManaged(actor: Actor, id: string): Promise<ActivityDoc> {
  const a = await loadActivity(id);
  if (!canManage(actor, a)) {
    if (!canSee(actor, a, false)) throw new AppError('NOT_FOUND', '活动不存在');
    throw new AppError('FORBIDDEN', '没有权限：只有活动所属支部的书记或单位管理员可以操作');
  }
  return a;
}
