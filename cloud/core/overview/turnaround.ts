// 积分审核用时: hours from a claim's submission to its decision, median per branch and month of
// submission. One aggregate over the year's decided claims (indexed by org or branch, status and
// creation time) that groups the durations; medians are taken here.
import type { OverviewTable } from '../../../contracts/overview';
import type { Scope } from '../access';
import type { BranchDoc } from '../org/docs';
import { chinaYearRange } from '../brands/live';
import { CLAIMS } from '../points/docs';
import { _, aggregateList, db, MAX_LIMIT } from '../sdk';
import { median, MONTHS, round1, TOTAL } from './rows';

const CHINA_OFFSET_MS = 8 * 3600_000;

export async function claimTurnaround(
  scope: Scope,
  branches: readonly BranchDoc[],
  year: number,
): Promise<OverviewTable> {
  const $ = db.command.aggregate;
  const [start, end] = chinaYearRange(year);
  const where = {
    ...(scope.branch ? { branchId: scope.branch._id } : { orgId: scope.orgId }),
    status: _.in(['approved', 'rejected']),
    createdAt: _.gte(start).and(_.lt(end)),
  };
  const groups = await aggregateList<{ _id: { branchId: string; month: number }; hours: number[] }>(
    db
      .collection(CLAIMS)
      .aggregate()
      .match(where)
      .project({
        branchId: 1,
        month: $.month($.add(['$createdAt', CHINA_OFFSET_MS])),
        hours: $.divide([$.subtract(['$decidedAt', '$createdAt']), 3600_000]),
      })
      .group({ _id: { branchId: '$branchId', month: '$month' }, hours: $.push('$hours') })
      .limit(MAX_LIMIT),
  );
  const cell = (pick: (g: (typeof groups)[number]) => boolean, month: number) => {
    const m = median(groups.filter((g) => g._id.month === month && pick(g)).flatMap((g) => g.hours));
    return m === null ? null : round1(m);
  };
  const rows = branches.map((b) => ({
    label: b.name,
    values: MONTHS.map((_m, i) => cell((g) => g._id.branchId === b._id, i + 1)),
  }));
  if (!scope.branch) rows.push({ label: TOTAL, values: MONTHS.map((_m, i) => cell(() => true, i + 1)) });
  return {
    key: 'claimTurnaround',
    title: '积分审核用时（中位数）',
    unit: '小时',
    columns: MONTHS,
    rows,
    note: `${year}年提交并已审核（通过或退回）的积分申报，从提交到审核的用时中位数，按提交月份；空格表示当月没有已审核的申报。`,
  };
}
