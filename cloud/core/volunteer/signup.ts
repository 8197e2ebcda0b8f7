// 报名与取消: one enrollment per person (`_id` = activityId_openid); the seat and the waitlist are
// the activity's seat pool (core/seats), first come first served.
import type { MyEnrollment } from '../../../contracts/volunteer';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { arrivalKey, join, leave } from '../seats';
import { ms, newEnrollment, type ActivityDoc } from './docs';
import { ENROLLMENT_SEATS } from './seats';
import { findEnrollment, isActive, loadActivity, toMyEnrollment } from './views';
import { canSee, inAudience } from './visibility';

export { arrivalKey };

const NOT_SIGNED_UP = '你没有报名该活动';

function requireAudience(actor: Actor, a: ActivityDoc): void {
  if (inAudience(actor, a)) return;
  throw new AppError('FORBIDDEN', a.audience === 'branch' ? '该活动仅限本支部党员报名' : '该活动仅限党员报名');
}

/** Requests: the caller ‖ the activity ‖ their enrollment, then the enrollment, the seat, its status (and the place in line when waiting). */
export async function signUp(actor: Actor, id: string, now: Date, seqKey = arrivalKey(now)): Promise<MyEnrollment> {
  const [a, mine] = await Promise.all([loadActivity(id), findEnrollment(id, actor.openid)]);
  // One the caller may not see (a draft, another branch's or org's) does not exist to them, as in get.
  if (!canSee(actor, a, isActive(mine))) throw new AppError('NOT_FOUND', '活动不存在');
  if (isActive(mine)) throw new AppError('CONFLICT', ENROLLMENT_SEATS.messages.already);
  if (a.status !== 'published') throw new AppError('CONFLICT', a.status === 'draft' ? '活动尚未发布' : '活动已结束或已取消');
  requireAudience(actor, a);
  if (now.getTime() > ms(a.signupDeadline)) throw new AppError('CONFLICT', '报名已截止');

  const doc = newEnrollment(a, actor.openid, seqKey, now);
  const status = await join(ENROLLMENT_SEATS, a, mine, doc);
  return toMyEnrollment({ ...doc, status });
}

export async function cancelSignUp(actor: Actor, id: string, now: Date): Promise<MyEnrollment> {
  const [a, e] = await Promise.all([loadActivity(id), findEnrollment(id, actor.openid)]);
  if (!isActive(e)) throw new AppError('CONFLICT', NOT_SIGNED_UP);
  if (a.status !== 'published') throw new AppError('CONFLICT', '活动已结束或已取消');
  if (now.getTime() > ms(a.cancelDeadline)) {
    throw new AppError('CONFLICT', '已过取消报名的截止时间，如需取消请联系活动组织者');
  }
  const before = await leave(ENROLLMENT_SEATS, a, e, now, { cancelledAt: now }, NOT_SIGNED_UP);
  return toMyEnrollment({ ...before, status: 'cancelled', cancelledAt: now });
}
