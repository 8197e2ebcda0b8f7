// The org admin's organisation at a glance: the brands' live numbers for the whole org (members,
// volunteer hours and activities this year, average points) and the decisions waiting across it.
import type { HomeSection } from '../../../contracts/home';
import { liveForOrg } from '../brands/live';
import { listBranchDocs } from '../org/branches';
import { chinaYear } from '../points/dates';
import { waitingCounts } from './secretary';

export async function orgOverviewSection(orgId: string, now: Date): Promise<HomeSection> {
  const year = chinaYear(now);
  const [live, counts] = await Promise.all([
    listBranchDocs(orgId).then((branches) => liveForOrg(orgId, branches, year)),
    waitingCounts({ orgId }),
  ]);
  return { kind: 'orgOverview', year, ...live.org, ...counts };
}
