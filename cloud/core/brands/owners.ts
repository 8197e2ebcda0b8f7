// Which organisation a read is about, and the names showcases carry.
import type { Actor } from '../access';
import { AppError } from '../errors';
import type { OrgDoc } from '../org/docs';
import { findById } from '../sdk';

/**
 * The org asked for; else the caller's; else the deployment's home org (HOME_ORG_ID in the
 * function's environment), for crew who belong to none.
 */
export function resolveOrgId(actor: Actor, orgId: string | undefined): string {
  const resolved = orgId ?? actor.orgId ?? process.env['HOME_ORG_ID'] ?? null;
  if (!resolved) throw new AppError('NOT_FOUND', '请选择要查看的单位');
  return resolved;
}

export async function loadOrg(orgId: string): Promise<OrgDoc> {
  const org = await findById<OrgDoc>('orgs', orgId);
  if (!org) throw new AppError('NOT_FOUND', '单位不存在');
  return org;
}
