import { hasRole, loadActorUser, type Actor } from '../access';
import { AppError } from '../errors';

/** A party member as points see them: who, in which org and branch. */
export interface Member {
  openid: string;
  name: string;
  orgId: string;
  branchId: string;
}

/** The caller with their name (decisions and awards record who acted). */
export async function loadCaller(openid: string): Promise<{ actor: Actor; name: string }> {
  const { actor, user } = await loadActorUser(openid);
  return { actor, name: user?.name ?? '' };
}

/** Points belong to members of a branch. */
export function requireMember(actor: Actor, name: string): Member {
  if (!hasRole(actor, 'member') || !actor.branchId || !actor.orgId) {
    throw new AppError('FORBIDDEN', '加入党支部后才能使用党员积分');
  }
  return { openid: actor.openid, name, orgId: actor.orgId, branchId: actor.branchId };
}

/** Reading the org's standard and rankings: its members and its admins. */
export function requireOrg(actor: Actor): string {
  if (!actor.orgId || !(hasRole(actor, 'member') || hasRole(actor, 'org_admin'))) {
    throw new AppError('FORBIDDEN', '加入党支部后才能查看党员积分');
  }
  return actor.orgId;
}
