// What a member needs now: this year's points with the star and the gap to the next one (the totals
// document and the standard, two reads at once), and the activity they are signed up for next (the
// earliest of their enrollments still to start, then that activity).
import type { HomeSection } from '../../../contracts/home';
import { chinaYear } from '../points/dates';
import { TOTALS, type TotalsDoc } from '../points/docs';
import { totalsId } from '../points/ids';
import { loadStandard } from '../points/standard';
import { nextStarFor, starFor } from '../points/stars';
import { _, findById, getList } from '../sdk';
import { ACTIVITIES, enrollments, type ActivityDoc, type EnrollmentDoc } from '../volunteer/docs';

export async function pointsSection(openid: string, orgId: string, now: Date): Promise<HomeSection> {
  const year = chinaYear(now);
  const [totals, standard] = await Promise.all([
    findById<TotalsDoc>(TOTALS, totalsId(year, openid)),
    loadStandard(orgId),
  ]);
  const total = totals?.total ?? 0;
  return { kind: 'points', year, total, star: starFor(standard.stars, total), nextStar: nextStarFor(standard.stars, total) };
}

export async function nextActivitySection(openid: string, now: Date): Promise<HomeSection> {
  const [next] = await getList<EnrollmentDoc>(
    enrollments()
      .where({ openid, status: _.in(['enrolled', 'waitlisted']), startAt: _.gt(now) })
      .orderBy('startAt', 'asc')
      .limit(1),
  );
  const activity = next ? await findById<ActivityDoc>(ACTIVITIES, next.activityId) : null;
  if (!next || !activity || activity.status !== 'published') return { kind: 'nextActivity', activity: null };
  return {
    kind: 'nextActivity',
    activity: {
      id: activity._id,
      title: activity.title,
      startAt: new Date(activity.startAt).toISOString(),
      place: activity.place.name,
      branchName: activity.branchName,
      waitlisted: next.status === 'waitlisted',
    },
  };
}
