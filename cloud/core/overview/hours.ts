// 志愿服务时长 per branch per month: this year's finished activities of the org and their credited
// hours (the same two queries as the brands' live figures), by the activity's branch and month.
import type { OverviewTable } from '../../../contracts/overview';
import type { Scope } from '../access';
import type { BranchDoc } from '../org/docs';
import { finishedActivities, hoursByActivity } from '../brands/live';
import { chinaMonth, MONTHS, round1, withTotal } from './rows';

export async function hoursByMonth(scope: Scope, branches: readonly BranchDoc[], year: number): Promise<OverviewTable> {
  const held = await finishedActivities(scope.branch ? { branchId: scope.branch._id } : { orgId: scope.orgId }, year);
  const hours = await hoursByActivity(held);
  return {
    key: 'hoursByMonth',
    title: '志愿服务时长',
    unit: '小时',
    columns: MONTHS,
    rows: withTotal(
      scope,
      branches.map((b) => {
        const values = MONTHS.map(() => 0);
        for (const a of held) if (a.branchId === b._id) values[chinaMonth(a.startAt) - 1]! += hours.get(a._id) ?? 0;
        return { label: b.name, values: values.map(round1) };
      }),
    ),
    note: `${year}年已结项的志愿活动，按活动所属支部和开始月份，合计参加者签到签退计得的服务时长。`,
  };
}
