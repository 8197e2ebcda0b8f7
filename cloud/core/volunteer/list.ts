// What the caller may see: the activity lists, one activity, and the caller's own activities.
import type { Page } from '../../../contracts/points';
import type { ActivityView } from '../../../contracts/volunteer';
import { hasRole, type Actor } from '../access';
import { mergedPageOf, pageOf } from '../paging';
import { _, findByIds } from '../sdk';
import { activities, enrollmentId, ENROLLMENTS, enrollments, ACTIVITIES, type ActivityDoc, type EnrollmentDoc } from './docs';
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
  const mine = await findByIds<EnrollmentDoc>(ENROLLMENTS, page.items.map((a) => enrollmentId(a._id, actor.openid)));
  const byActivity = new Map(mine.map((e) => [e.activityId, e]));
  const items = await Promise.all(page.items.map((a) => toView(actor, a, byActivity.get(a._id) ?? null, now)));
  return { items, cursor: page.cursor };
}

export async function getActivity(actor: Actor, id: string, now: Date): Promise<ActivityView> {
  const { activity, mine } = await loadVisible(actor, id);
  return toView(actor, activity, mine, now);
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
  const docs = new Map((await findByIds<ActivityDoc>(ACTIVITIES, page.items.map((e) => e.activityId))).map((a) => [a._id, a]));
  const items = await Promise.all(
    page.items.flatMap((e) => {
      const a = docs.get(e.activityId);
      return a && canSee(actor, a, true) ? [toView(actor, a, e, now)] : [];
    }),
  );
  return { items, cursor: page.cursor };
}
