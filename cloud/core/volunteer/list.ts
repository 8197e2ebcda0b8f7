// What the caller may see: the activity lists, one activity, and the caller's own activities.
import type { Page } from '../../../contracts/points';
import type { ActivityView } from '../../../contracts/volunteer';
import { hasRole, type Actor } from '../access';
import { mergedPageOf, pageOf } from '../paging';
import { countStatus, hasRoom } from '../seats';
import { _, findByIds } from '../sdk';
import { activities, enrollmentId, ENROLLMENTS, enrollments, ACTIVITIES, type ActivityDoc, type EnrollmentDoc } from './docs';
import { ENROLLMENT_SEATS, healActivity, waitingCounts } from './seats';
import { loadVisible, toView } from './views';
import { canSee } from './visibility';

const PAGE = 20;

/**
 * The queries whose union is what the caller may see with these statuses: public ones, the org's
 * members-only and the branch's branch-only ones for a member, and everything (drafts too, while
 * `open`) of what the caller organises.
 */
function visibleWheres(actor: Actor, statuses: ActivityDoc['status'][], managed: ActivityDoc['status'][]) {
  const status = _.in(statuses);
  const wheres: Array<Record<string, unknown>> = [{ audience: 'public', status }];
  if (hasRole(actor, 'member') && actor.orgId) {
    wheres.push({ orgId: actor.orgId, audience: 'members', status });
    if (actor.branchId) wheres.push({ branchId: actor.branchId, audience: 'branch', status });
  }
  if (hasRole(actor, 'org_admin') && actor.orgId) wheres.push({ orgId: actor.orgId, status: _.in(managed) });
  else if (hasRole(actor, 'branch_admin') && actor.branchId) wheres.push({ branchId: actor.branchId, status: _.in(managed) });
  return wheres;
}

export async function listActivities(
  actor: Actor,
  filter: 'open' | 'mine' | 'past',
  cursor: string | null | undefined,
  now: Date,
): Promise<Page<ActivityView>> {
  if (filter === 'mine') {
    return enrollmentPage(actor, { openid: actor.openid, status: _.in(['enrolled', 'waitlisted']) }, 'startAt', 'desc', cursor, now);
  }
  const page =
    filter === 'open'
      ? await mergedPageOf<ActivityDoc>(activities(), visibleWheres(actor, ['published'], ['draft', 'published']), {
          field: 'startAt',
          order: 'asc',
          cursor,
          limit: PAGE,
        })
      : await mergedPageOf<ActivityDoc>(activities(), visibleWheres(actor, ['finished', 'cancelled'], ['finished', 'cancelled']), {
          field: 'startAt',
          order: 'desc',
          cursor,
          limit: PAGE,
        });
  const [mine, waiting] = await Promise.all([
    findByIds<EnrollmentDoc>(ENROLLMENTS, page.items.map((a) => enrollmentId(a._id, actor.openid))),
    waitingCounts(page.items.map((a) => a._id)),
  ]);
  const byActivity = new Map(mine.map((e) => [e.activityId, e]));
  const items = await Promise.all(
    page.items.map((a) => toView(actor, a, byActivity.get(a._id) ?? null, now, waiting.get(a._id) ?? 0)),
  );
  return { items, cursor: page.cursor };
}

/** Seats and enrollments disagree (a call stopped half-way), or a seat is free while people wait. */
function outOfStep(a: ActivityDoc, enrolledRecords: number, waiting: number): boolean {
  return enrolledRecords !== (a.holders?.length ?? -1) || (a.waitlist && waiting > 0 && hasRoom(a));
}

/** One activity; a published one whose counts disagree with its enrollments is healed first, so what it shows is what is stored. */
export async function getActivity(actor: Actor, id: string, now: Date): Promise<ActivityView> {
  let { activity, mine } = await loadVisible(actor, id);
  const count = () =>
    Promise.all([countStatus(ENROLLMENT_SEATS, id, 'enrolled'), countStatus(ENROLLMENT_SEATS, id, 'waitlisted')]);
  let [enrolled, waiting] = await count();
  if (activity.status === 'published' && outOfStep(activity, enrolled, waiting)) {
    await healActivity(id, now);
    ({ activity, mine } = await loadVisible(actor, id));
    [enrolled, waiting] = await count();
  }
  return toView(actor, activity, mine, now, waiting);
}

/** upcoming: not started; ongoing: started, not ended; past: ended (where the caller was enrolled). */
export function myActivities(
  actor: Actor,
  when: 'upcoming' | 'ongoing' | 'past',
  cursor: string | null | undefined,
  now: Date,
): Promise<Page<ActivityView>> {
  const active = _.in(['enrolled', 'waitlisted']);
  const openid = actor.openid;
  if (when === 'upcoming') return enrollmentPage(actor, { openid, status: active, startAt: _.gt(now) }, 'startAt', 'asc', cursor, now);
  if (when === 'ongoing') {
    return enrollmentPage(actor, { openid, status: active, startAt: _.lte(now), endAt: _.gte(now) }, 'endAt', 'asc', cursor, now);
  }
  return enrollmentPage(actor, { openid, status: 'enrolled', endAt: _.lt(now) }, 'endAt', 'desc', cursor, now);
}

/** A page of the caller's enrollments (they carry the activity's times), shown as their activities. */
async function enrollmentPage(
  actor: Actor,
  where: Record<string, unknown>,
  field: 'startAt' | 'endAt',
  order: 'asc' | 'desc',
  cursor: string | null | undefined,
  now: Date,
): Promise<Page<ActivityView>> {
  const page = await pageOf<EnrollmentDoc>(enrollments(), { where, field, order, cursor, limit: PAGE });
  const ids = page.items.map((e) => e.activityId);
  const [found, waiting] = await Promise.all([findByIds<ActivityDoc>(ACTIVITIES, ids), waitingCounts(ids)]);
  const docs = new Map(found.map((a) => [a._id, a]));
  const items = await Promise.all(
    page.items.flatMap((e) => {
      const a = docs.get(e.activityId);
      return a && canSee(actor, a, true) ? [toView(actor, a, e, now, waiting.get(a._id) ?? 0)] : [];
    }),
  );
  return { items, cursor: page.cursor };
}
