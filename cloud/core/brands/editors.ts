// Who may edit which showcase. Publishing (editable.ts) and 验收 belong to the org admin alone.
import { canManageBranch, hasRole, type Actor } from '../access';
import type { AllianceDoc, BrandDoc, ProjectDoc } from './docs';

export const isOrgAdminOf = (actor: Actor, orgId: string) => hasRole(actor, 'org_admin') && actor.orgId === orgId;

/** Edits some brand: an org admin of an org (every brand of it), or a secretary of a branch (its brand). */
export function editsBrands(actor: Actor): boolean {
  return (!!actor.orgId && isOrgAdminOf(actor, actor.orgId)) || (hasRole(actor, 'branch_admin') && !!actor.branchId);
}

/** The main brand: the org admin. A branch's brand: its secretary, or the org admin. */
export function canEditBrand(actor: Actor, b: Pick<BrandDoc, 'orgId' | 'branchId'>): boolean {
  return b.branchId ? canManageBranch(actor, { _id: b.branchId, orgId: b.orgId }) : isOrgAdminOf(actor, b.orgId);
}

/**
 * A project: the secretary who created it while they are still the branch's secretary, or the org
 * admin. Another secretary of the same branch may not edit it (their own projects only).
 */
export function canEditProject(actor: Actor, p: Pick<ProjectDoc, 'orgId' | 'branchId' | 'ownerOpenid'>): boolean {
  if (isOrgAdminOf(actor, p.orgId)) return true;
  return p.ownerOpenid === actor.openid && hasRole(actor, 'branch_admin') && actor.branchId === p.branchId;
}

/** An alliance: the org admin of the org that runs it. */
export function canEditAlliance(actor: Actor, a: Pick<AllianceDoc, 'orgId'>): boolean {
  return isOrgAdminOf(actor, a.orgId);
}

/** Each kind's editors, for actions that take any kind. */
export const CAN_EDIT = {
  brand: (actor: Actor, doc: unknown) => canEditBrand(actor, doc as BrandDoc),
  project: (actor: Actor, doc: unknown) => canEditProject(actor, doc as ProjectDoc),
  alliance: (actor: Actor, doc: unknown) => canEditAlliance(actor, doc as AllianceDoc),
} as const;
