import type { BranchSummary } from '../../../contracts/org';
import { findUser, orgOf } from '../account/users';
import { findByIds } from '../sdk';
import { byName } from '../sort';
import { listBranchDocs, memberCounts, toBranchSummary } from './branches';
import type { OrgDoc } from './docs';

const byOrgThenName = (a: BranchSummary, b: BranchSummary) =>
  a.orgName.localeCompare(b.orgName, 'zh-Hans-CN') || byName(a, b);

/**
 * The branches of the caller's org; to someone in no org (crew, station staff, applicants) every
 * org's branches with the org's name, so they can name the branch they belong to.
 */
export async function listBranches(openid: string): Promise<BranchSummary[]> {
  const docs = await listBranchDocs(orgOf(await findUser(openid)));
  const [counts, orgs] = await Promise.all([
    memberCounts(docs.map((b) => b._id)),
    findByIds<OrgDoc>(
      'orgs',
      docs.map((b) => b.orgId),
    ),
  ]);
  const orgNames = new Map(orgs.map((o) => [o._id, o.name]));
  return docs.map((b) => toBranchSummary(b, orgNames.get(b.orgId) ?? '', counts.get(b._id) ?? 0)).sort(byOrgThenName);
}
