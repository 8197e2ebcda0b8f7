// 党员星级分布: members per star level per branch, from the year's points totals (one aggregate that
// computes each member's star from the standard's thresholds and counts per branch and star).
// Members without points this year count as 未达一星 (branch member count minus those with totals).
import type { OverviewTable } from '../../../contracts/overview';
import type { Scope } from '../access';
import type { BranchDoc } from '../org/docs';
import { TOTALS } from '../points/docs';
import { loadStandard } from '../points/standard';
import { aggregateList, db, MAX_LIMIT } from '../sdk';
import { withTotal } from './rows';

const STAR_NAMES = ['未达一星', '一星', '二星', '三星', '四星', '五星'];

export async function starsByBranch(
  scope: Scope,
  branches: readonly BranchDoc[],
  /** People per branch (org/branches.ts memberCounts). */
  members: ReadonlyMap<string, number>,
  year: number,
): Promise<OverviewTable> {
  const $ = db.command.aggregate;
  const standard = await loadStandard(scope.orgId);
  const levels = [...standard.stars].sort((a, b) => b.minPoints - a.minPoints);
  const star = levels.length
    ? $.switch({ branches: levels.map((l) => ({ case: $.gte(['$total', l.minPoints]), then: l.stars })), default: 0 })
    : 0;
  const where = scope.branch ? { branchId: scope.branch._id, year } : { orgId: scope.orgId, year };
  const rows = await aggregateList<{ _id: { branchId: string; star: number }; n: number }>(
    db
      .collection(TOTALS)
      .aggregate()
      .match(where)
      .project({ branchId: 1, star })
      .group({ _id: { branchId: '$branchId', star: '$star' }, n: $.sum(1) })
      .limit(MAX_LIMIT),
  );
  const top = Math.max(0, ...standard.stars.map((s) => s.stars));
  const columns = STAR_NAMES.slice(0, top + 1);
  return {
    key: 'starsByBranch',
    title: '党员星级分布',
    unit: '人',
    columns,
    rows: withTotal(
      scope,
      branches.map((b) => {
        const counts = columns.map((_c, s) =>
          rows.filter((r) => r._id.branchId === b._id && r._id.star === s).reduce((sum, r) => sum + r.n, 0),
        );
        const withPoints = counts.reduce((a, c) => a + c, 0);
        counts[0] = counts[0]! + Math.max(0, (members.get(b._id) ?? 0) - withPoints);
        return { label: b.name, values: counts };
      }),
    ),
    note: `按${year}年积分与积分标准的星级门槛计算；当年没有积分的党员计入“未达一星”。`,
  };
}
