// Who the home page is for: the most responsible role a person holds, and the organisation whose
// showcase their carousel shows.
import type { HomeRole } from '../../../contracts/home';
import type { UserDoc } from '../account/users';

/** The role the home page is built for; someone never seen, or with no profile yet, is a visitor. */
export function homeRole(user: UserDoc | null): HomeRole {
  if (!user) return 'visitor';
  const has = (r: UserDoc['roles'][number]) => user.roles.includes(r);
  if (has('org_admin') && user.orgId) return 'admin';
  if (has('branch_admin') && user.branchId) return 'secretary';
  if (has('station_staff') && user.stationId) return 'staff';
  if (has('member') && user.branchId) return 'member';
  // weapp creates everyone as crew on first sight: without a name they have not made a profile yet.
  return user.name ? 'crew' : 'visitor';
}

/** The carousel's organisation: the person's own, else the deployment's home org (HOME_ORG_ID). */
export function homeOrgId(orgId: string | null): string | null {
  return orgId ?? process.env['HOME_ORG_ID'] ?? null;
}
