import type { Database } from '../store/database';
import type { StoredPath } from './paths';

interface UserFields {
  roles: string[];
  branchId: string | null;
  orgId: string | null;
}

function userOf(db: Database, openid: string): UserFields | null {
  const u = db.find('users', { _id: openid })[0];
  if (!u) return null;
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return { roles: Array.isArray(u['roles']) ? u['roles'].filter((r): r is string => typeof r === 'string') : [], branchId: str(u['branchId']), orgId: str(u['orgId']) };
}

/**
 * Who may read a stored file, as the production storage rule decides it: anyone for avatars
 * and showcase pictures; certificate photos to their owner alone (no staff or admin path, as for the
 * wallet itself); for evidence photos the owner, a branch secretary (branch_admin) of the owner's
 * branch, or an org admin of the owner's organisation (users._id = openid).
 */
export function mayRead(db: Database, viewer: string, file: StoredPath): boolean {
  if (viewer === file.owner) return true;
  if (file.kind === 'certificate') return false;
  if (file.kind !== 'claim') return true;
  const [me, owner] = [userOf(db, viewer), userOf(db, file.owner)];
  if (!me || !owner) return false;
  if (me.roles.includes('branch_admin') && owner.branchId !== null && me.branchId === owner.branchId) return true;
  return me.roles.includes('org_admin') && owner.orgId !== null && me.orgId === owner.orgId;
}
