import type { BranchRankingRow } from '../../../contracts/points';
import { listBranchDocs } from '../org/branches';
import { aggregateList, db } from '../sdk';
import { byName } from '../sort';
import { TOTALS } from './docs';

/**
 * The org's branches by average points per member with points. One aggregate over the org's
 * totals of the year ($match on the indexed orgId + year, then $group by branch): one pass over
 * the org's members per call, measured in bench/points.bench.ts, and nothing to keep in step on
 * every grant.
 */
export async function branchRanking(orgId: string, year: number): Promise<BranchRankingRow[]> {
  const $ = db.command.aggregate;
  const [sums, branches] = await Promise.all([
    aggregateList<{ _id: string; members: number; total: number }>(
      db
        .collection(TOTALS)
        .aggregate()
        .match({ orgId, year })
        .group({ _id: '$branchId', members: $.sum(1), total: $.sum('$total') }),
    ),
    listBranchDocs(orgId),
  ]);
  const byBranch = new Map(sums.map((s) => [s._id, s]));
  const rows = branches.map((b) => {
    const s = byBranch.get(b._id);
    const members = s?.members ?? 0;
    const total = s?.total ?? 0;
    return {
      branchId: b._id,
      name: b.name,
      members,
      total,
      average: members ? Math.round((total / members) * 10) / 10 : 0,
    };
  });
  rows.sort((a, b) => b.average - a.average || b.total - a.total || byName(a, b));
  // Equal averages share the rank of the first of them.
  let rank = 0;
  return rows.map((r, i) => {
    if (i === 0 || r.average !== rows[i - 1]!.average) rank = i + 1;
    return { rank, ...r };
  });
}
