// Who may do what: every role and scope check the cloud functions make, in one place.
import type { Role } from '../../contracts/account';
import { AppError } from './errors';
import { findUser, orgOf, type UserDoc } from './account/users';
import { findBranch } from './org/branches';
import type { BranchDoc } from './org/docs';

/** The caller as far as permissions go. */
export interface Actor {
  openid: string;
  roles: readonly Role[];
  orgId: string | null;
  branchId: string | null;
  stationId: string | null;
}

/** What a branch-level action covers: one branch, or (branch null) a whole org. */
export interface Scope {
  orgId: string;
  branch: BranchDoc | null;
}

/** Loads the caller; someone not seen before is plain crew (reads create nothing). */
export async function loadActor(openid: string): Promise<Actor> {
  return toActor(openid, await findUser(openid));
}

/** The caller and their stored user, for actions that also record who acted (by name). */
export async function loadActorUser(openid: string): Promise<{ actor: Actor; user: UserDoc | null }> {
  const user = await findUser(openid);
  return { actor: toActor(openid, user), user };
}

function toActor(openid: string, u: UserDoc | null): Actor {
  return {
    openid,
    roles: u?.roles ?? ['crew'],
    // A station assignment gives no org (older data may carry one): only a branch or 管理员 does.
    orgId: orgOf(u),
    branchId: u?.branchId ?? null,
    stationId: u?.stationId ?? null,
  };
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}

/** Passes when the actor holds any of `roles`. */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.some((r) => hasRole(actor, r))) throw new AppError('FORBIDDEN');
}

/** The org an org admin runs; anyone else is refused. */
export function requireOrgAdmin(actor: Actor): string {
  if (!hasRole(actor, 'org_admin') || !actor.orgId) throw new AppError('FORBIDDEN', '没有权限：只有单位管理员可以执行此操作');
  return actor.orgId;
}

/** Org admins manage every branch of their org; a branch admin only their own branch. */
export function canManageBranch(actor: Actor, branch: Pick<BranchDoc, '_id' | 'orgId'>): boolean {
  return (
    (hasRole(actor, 'org_admin') && actor.orgId === branch.orgId) ||
    (hasRole(actor, 'branch_admin') && actor.branchId === branch._id)
  );
}

export function requireBranchScope(actor: Actor, branch: Pick<BranchDoc, '_id' | 'orgId'>): void {
  if (!canManageBranch(actor, branch)) throw new AppError('FORBIDDEN', '没有权限：只能管理本支部的事务');
}

/**
 * The scope of a branch-level read or write: the named branch if the actor manages it;
 * with none named, a branch admin's own branch, or an org admin's whole org.
 */
export async function resolveBranchScope(actor: Actor, branchId: string | undefined): Promise<Scope> {
  if (branchId) {
    const branch = await findBranch(branchId);
    if (!branch) throw new AppError('NOT_FOUND', '支部不存在');
    requireBranchScope(actor, branch);
    return { orgId: branch.orgId, branch };
  }
  if (hasRole(actor, 'org_admin') && actor.orgId) return { orgId: actor.orgId, branch: null };
  if (hasRole(actor, 'branch_admin') && actor.branchId) return resolveBranchScope(actor, actor.branchId);
  throw new AppError('FORBIDDEN', '没有权限：只有支部书记或单位管理员可以执行此操作');
}
