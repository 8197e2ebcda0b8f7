// 参与率: the share of each branch's party members who have points this year (the ranking counts kept
// with the points standard, one read), and who took part in a volunteer activity this year (people
// credited at this year's finished activities of the org, then their branches: one aggregate and a
// read of those people).
import type { OverviewTable } from '../../../contracts/overview';
import type { Scope } from '../access';
import type { UserDoc } from '../account/users';
import type { BranchDoc } from '../org/docs';
import { finishedActivities, IN_CHUNK } from '../brands/live';
import { ENROLLMENTS } from '../volunteer/docs';
import { STANDARDS, type StatsDoc } from '../points/docs';
import { statsId } from '../points/ids';
import { _, aggregateList, db, findById, findByIds, MAX_LIMIT } from '../sdk';
import { percent, withTotal } from './rows';

/** People credited at any of these activities. */
async function volunteers(activityIds: readonly string[]): Promise<string[]> {
  const people = new Set<string>();
  for (let i = 0; i < activityIds.length; i += IN_CHUNK) {
    let skip = 0;
    for (;;) {
      const rows = await aggregateList<{ _id: string }>(
        db
          .collection(ENROLLMENTS)
          .aggregate()
          .match({ activityId: _.in(activityIds.slice(i, i + IN_CHUNK)), credited: true })
          .group({ _id: '$openid' })
          .sort({ _id: 1 })
          .skip(skip)
          .limit(MAX_LIMIT),
      );
      rows.forEach((r) => people.add(r._id));
      if (rows.length < MAX_LIMIT) break;
      skip += MAX_LIMIT;
    }
  }
  return [...people];
}

export async function participation(
  scope: Scope,
  branches: readonly BranchDoc[],
  /** People per branch (org/branches.ts memberCounts). */
  members: ReadonlyMap<string, number>,
  year: number,
): Promise<OverviewTable> {
  const [stats, held] = await Promise.all([
    findById<StatsDoc>(STANDARDS, statsId(scope.orgId, year)),
    finishedActivities({ orgId: scope.orgId }, year),
  ]);
  const people = await findByIds<Pick<UserDoc, '_id' | 'branchId' | 'roles'>>(
    'users',
    await volunteers(held.map((a) => a._id)),
  );
  const volunteering = new Map<string, number>();
  for (const p of people)
    if (p.branchId && p.roles.includes('member')) volunteering.set(p.branchId, (volunteering.get(p.branchId) ?? 0) + 1);
  const rows = withTotal(
    scope,
    branches.map((b) => {
      const memberCount = members.get(b._id) ?? 0;
      const withPoints = stats?.branches[b._id] ?? 0;
      const withActivity = volunteering.get(b._id) ?? 0;
      return {
        label: b.name,
        values: [memberCount, withPoints, withActivity, percent(withPoints, memberCount), percent(withActivity, memberCount)],
      };
    }),
  );
  // The 合计 row's rates are of its sums, not sums of rates.
  const total = rows.find((r) => r.label === '合计');
  if (total)
    total.values = [
      ...total.values.slice(0, 3),
      percent(total.values[1]!, total.values[0]!),
      percent(total.values[2]!, total.values[0]!),
    ];
  return {
    key: 'participation',
    title: '党员参与率',
    unit: '人 / %',
    columns: ['党员人数', '有积分', '参加志愿活动', '积分参与率(%)', '志愿参与率(%)'],
    rows,
    note: `${year}年：有积分的党员，与在本单位已结项的志愿活动中计得时长的党员，各占支部党员人数的比例。`,
  };
}
