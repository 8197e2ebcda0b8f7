// 报名与取消: one enrollment per person (`_id` = activityId_openid), seats by the conditional
// decrement in seats.ts, and when full the waitlist in arrival order.
import { randomBytes } from 'node:crypto';
import type { MyEnrollment } from '../../../contracts/volunteer';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { _, isDuplicateKey, updatedCount } from '../sdk';
import { activities, enrollmentId, enrollments, ms, type ActivityDoc, type EnrollmentDoc } from './docs';
import { fillSeats, passSeat, takeSeat } from './seats';
import { findEnrollment, isActive, loadActivity, toMyEnrollment } from './views';
import { canManage, inAudience } from './visibility';

let arrivals = 0;
const INSTANCE = randomBytes(3).toString('hex');

/**
 * The waitlist's order: the server's arrival time, then this instance's arrival counter, then the
 * instance (several CloudBase instances may serve one activity). Strings compare in that order.
 */
export function arrivalKey(now: Date): string {
  arrivals = (arrivals + 1) % 1e9;
  return `${String(now.getTime()).padStart(15, '0')}-${String(arrivals).padStart(9, '0')}-${INSTANCE}`;
}

const ALREADY = '你已报名';

function requireAudience(actor: Actor, a: ActivityDoc): void {
  if (inAudience(actor, a)) return;
  throw new AppError('FORBIDDEN', a.audience === 'branch' ? '该活动仅限本支部党员报名' : '该活动仅限党员报名');
}

export async function signUp(actor: Actor, id: string, now: Date, seqKey = arrivalKey(now)): Promise<MyEnrollment> {
  const [a, mine] = await Promise.all([loadActivity(id), findEnrollment(id, actor.openid)]);
  if (a.status === 'draft' && !canManage(actor, a)) throw new AppError('NOT_FOUND', '活动不存在');
  if (isActive(mine)) throw new AppError('CONFLICT', ALREADY);
  if (a.status !== 'published') throw new AppError('CONFLICT', a.status === 'draft' ? '活动尚未发布' : '活动已结束或已取消');
  requireAudience(actor, a);
  if (now.getTime() > ms(a.signupDeadline)) throw new AppError('CONFLICT', '报名已截止');

  const seated = await takeSeat(a);
  if (!seated && !a.waitlist) throw new AppError('CONFLICT', '名额已满');
  const doc: EnrollmentDoc = {
    _id: enrollmentId(a._id, actor.openid),
    activityId: a._id,
    openid: actor.openid,
    status: seated ? 'enrolled' : 'waitlisted',
    seqKey,
    signedUpAt: now,
    startAt: a.startAt,
    endAt: a.endAt,
    checkedInAt: null,
    checkedOutAt: null,
    markedReason: null,
    markedBy: null,
    hours: null,
    points: null,
    credited: false,
    cancelledAt: null,
  };
  if (!(await store(doc, mine))) {
    // A concurrent sign-up of the same person got there first: the seat goes on.
    if (seated) await passSeat(a, now);
    throw new AppError('CONFLICT', ALREADY);
  }
  if (seated) return toMyEnrollment(doc);

  await activities().where({ _id: a._id }).update({ data: { waitlisted: _.inc(1) } });
  // A seat freed while we joined the waitlist would otherwise wait for the next cancellation.
  await fillSeats(a, now);
  return toMyEnrollment((await findEnrollment(a._id, actor.openid)) ?? doc);
}

/** Inserts the enrollment, or revives a cancelled one (at the back of the line); false if another got there first. */
async function store(doc: EnrollmentDoc, previous: EnrollmentDoc | null): Promise<boolean> {
  if (previous) {
    const { _id, ...fields } = doc;
    return (
      (await updatedCount(
        enrollments()
          .where({ _id, status: 'cancelled', seqKey: previous.seqKey })
          .update({ data: fields }),
      )) === 1
    );
  }
  try {
    await enrollments().add({ data: doc });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

export async function cancelSignUp(actor: Actor, id: string, now: Date): Promise<MyEnrollment> {
  const a = await loadActivity(id);
  for (let attempt = 0; attempt < 5; attempt++) {
    const e = await findEnrollment(id, actor.openid);
    if (!isActive(e)) throw new AppError('CONFLICT', '你没有报名该活动');
    if (a.status !== 'published') throw new AppError('CONFLICT', '活动已结束或已取消');
    if (now.getTime() > ms(a.cancelDeadline)) {
      throw new AppError('CONFLICT', '已过取消报名的截止时间，如需取消请联系活动组织者');
    }
    // Guarded by the status read: a promotion meanwhile (waitlisted → enrolled) makes this run again.
    const changed = await updatedCount(
      enrollments()
        .where({ _id: e._id, status: e.status })
        .update({ data: { status: 'cancelled', cancelledAt: now } }),
    );
    if (changed !== 1) continue;
    if (e.status === 'enrolled') await passSeat(a, now);
    else await activities().where({ _id: a._id }).update({ data: { waitlisted: _.inc(-1) } });
    return toMyEnrollment({ ...e, status: 'cancelled', cancelledAt: now });
  }
  throw new AppError('CONFLICT');
}
