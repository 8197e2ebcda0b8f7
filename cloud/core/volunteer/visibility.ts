// Who sees an activity, who may sign up, who organises it. Roles and scopes from core/access.ts.
import { canManageBranch, hasRole, type Actor } from '../access';
import type { ActivityDoc } from './docs';

/** Branch admin of its branch, or org admin of its org. */
export function canManage(actor: Actor, a: Pick<ActivityDoc, 'branchId' | 'orgId'>): boolean {
  return canManageBranch(actor, { _id: a.branchId, orgId: a.orgId });
}

/** The audience rule: branch → its members; members → the org's party members; public → anyone signed in. */
export function inAudience(actor: Actor, a: Pick<ActivityDoc, 'audience' | 'branchId' | 'orgId'>): boolean {
  if (a.audience === 'public') return true;
  if (!hasRole(actor, 'member') || actor.orgId !== a.orgId) return false;
  return a.audience === 'members' || actor.branchId === a.branchId;
}

/** Drafts only to organisers; otherwise the audience, its organisers, and whoever already signed up. */
export function canSee(actor: Actor, a: ActivityDoc, signedUp: boolean): boolean {
  if (canManage(actor, a)) return true;
  if (a.status === 'draft') return false;
  return inAudience(actor, a) || signedUp;
}
