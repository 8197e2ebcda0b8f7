import type { Overview } from '../../../contracts/overview';
import type { Scope } from '../access';
import { loadOrg } from '../brands/owners';
import { memberCounts } from '../org/branches';
import { claimTurnaround } from './turnaround';
import { hoursByMonth } from './hours';
import { participation } from './participation';
import { scopeBranches } from './rows';
import { starsByBranch } from './stars';

/** The four tables of a scope's year, computed side by side. */
export async function buildOverview(scope: Scope, year: number, now: Date): Promise<Overview> {
  const [branches, org] = await Promise.all([scopeBranches(scope), scope.branch ? null : loadOrg(scope.orgId)]);
  const members = await memberCounts(branches.map((b) => b._id));
  const [stars, hours, turnaround, share] = await Promise.all([
    starsByBranch(scope, branches, members, year),
    hoursByMonth(scope, branches, year),
    claimTurnaround(scope, branches, year),
    participation(scope, branches, members, year),
  ]);
  return {
    orgId: scope.orgId,
    branchId: scope.branch?._id ?? null,
    scopeName: scope.branch?.name ?? org!.name,
    year,
    asOf: now.toISOString(),
    starsByBranch: stars,
    hoursByMonth: hours,
    claimTurnaround: turnaround,
    participation: share,
  };
}
