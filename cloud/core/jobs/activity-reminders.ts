// 志愿活动提醒: the day before an activity (China days), in the daytime, everyone enrolled gets an
// in-app message and, against an accept, the activity reminder template. Marked per activity and
// person (`activity_<id>_<openid>_daybefore`), so however often the hourly job runs that day, once.
import type { Audience } from '../../../contracts/volunteer';
import { quoted } from '../../../contracts/quotes';
import { stableId } from '../points/ids';
import { _, getList } from '../sdk';
import { activities, enrollments, type ActivityDoc, type EnrollmentDoc } from '../volunteer/docs';
import { chinaTimeText } from '../subscribe/format';
import { chinaDayRange, isDaytime } from './clock';
import type { Notice } from '../subscribe/deliver';
import { deliverAll, type TaskResult } from './notices';

const AUDIENCES: Audience[] = ['branch', 'members', 'public'];
const PAGE = 1000;

/** Published activities starting on the China day `from`–`to`, one audience at a time (its index). */
async function startingBetween(from: Date, to: Date): Promise<ActivityDoc[]> {
  const out: ActivityDoc[] = [];
  for (const audience of AUDIENCES) {
    out.push(
      ...(await getList<ActivityDoc>(
        activities()
          .where({ audience, status: 'published', startAt: _.gte(from).and(_.lt(to)) })
          .orderBy('startAt', 'asc')
          .limit(PAGE),
      )),
    );
  }
  return out;
}

/** Everyone holding a seat, in arrival order, page by page. */
async function enrolledIn(activityId: string): Promise<EnrollmentDoc[]> {
  const out: EnrollmentDoc[] = [];
  let after = '';
  for (;;) {
    const page = await getList<EnrollmentDoc>(
      enrollments()
        .where({ activityId, status: 'enrolled', seqKey: _.gt(after) })
        .orderBy('seqKey', 'asc')
        .limit(PAGE),
    );
    out.push(...page);
    if (page.length < PAGE) return out;
    after = page[page.length - 1]!.seqKey;
  }
}

export async function activityReminders(now: Date): Promise<TaskResult> {
  if (!isDaytime(now)) return { skipped: '夜间不发送' };
  const { from, to } = chinaDayRange(now, 1);
  const notices: Notice[] = [];
  for (const a of await startingBetween(from, to)) {
    for (const e of await enrolledIn(a._id)) {
      const key = `activity_${a._id}_${e.openid}_daybefore`;
      notices.push({
        key,
        kind: 'activity',
        openid: e.openid,
        message: {
          _id: stableId('msg_', key),
          openid: e.openid,
          kind: 'activity_reminder' as const,
          title: '志愿活动明天开始',
          body: `您报名的${quoted(a.title)}将于 ${chinaTimeText(a.startAt)} 开始，地点：${a.place.name}。请准时参加，不能参加请提前取消报名。`,
          refId: a._id,
          read: false,
          createdAt: now,
        },
        push: {
          template: 'activityReminder' as const,
          values: { title: a.title, time: a.startAt, place: a.place.name, note: '明天开始，请准时参加' },
          page: `packages/volunteer/pages/detail/index?id=${a._id}`,
        },
      });
    }
  }
  return deliverAll(notices, now);
}
