import type * as z from 'zod/mini';
import { ROLES, type Role } from '../../../contracts/account';
import { GRANTABLE_ROLES, type MemberSummary, type SetRolesInput } from '../../../contracts/org';
import { requireOrgAdmin, type Actor } from '../access';
import { findUser, updateUser, type UserDoc } from '../account/users';
import { AppError } from '../errors';
import { findById } from '../sdk';
import { findBranch } from './branches';
import type { StationDoc } from './docs';
import { toMemberSummary } from './members';

const isGrantable = (r: Role) => (GRANTABLE_ROLES as readonly Role[]).includes(r);

/**
 * An org admin sets the roles they grant (branch_admin, station_staff, org_admin) on someone
 * of their org, or on crew not yet in any org; 'crew' and 'member' stay as joining made them.
 */
export async function setRoles(actor: Actor, input: z.output<typeof SetRolesInput>, now: Date): Promise<MemberSummary> {
  const orgId = requireOrgAdmin(actor);
  const target = await findUser(input.openid);
  if (!target) throw new AppError('NOT_FOUND', '用户不存在');
  if (target.orgId && target.orgId !== orgId) throw new AppError('FORBIDDEN', '该用户属于其他单位');
  const granted = new Set<Role>(input.roles);
  if (target._id === actor.openid && !granted.has('org_admin')) {
    throw new AppError('FORBIDDEN', '不能取消自己的管理员权限，请由其他管理员操作');
  }
  if (granted.has('branch_admin')) await checkBranchAdmin(target, input.branchId, orgId);
  const stationId = granted.has('station_staff') ? await checkStation(input.stationId, orgId) : null;

  const patch = {
    roles: ROLES.filter((r) => r === 'crew' || (isGrantable(r) ? granted.has(r) : target.roles.includes(r))),
    stationId,
    // Someone with no branch belongs to the org only while they hold a role in it.
    orgId: target.branchId || granted.size > 0 ? orgId : null,
    updatedAt: now,
  };
  await updateUser(target._id, patch);
  return toMemberSummary({ ...target, ...patch });
}

async function checkBranchAdmin(target: UserDoc, branchId: string | null | undefined, orgId: string): Promise<void> {
  if (!branchId) throw new AppError('INVALID_INPUT', '任命支部书记时请选择支部');
  const branch = await findBranch(branchId);
  if (!branch || branch.orgId !== orgId) throw new AppError('NOT_FOUND', '支部不存在');
  if (target.branchId !== branch._id) throw new AppError('CONFLICT', '只能任命本支部的党员为支部书记');
}

async function checkStation(stationId: string | null | undefined, orgId: string): Promise<string> {
  if (!stationId) throw new AppError('INVALID_INPUT', '设为驿站工作人员时请选择驿站');
  const station = await findById<StationDoc>('stations', stationId);
  if (!station || station.orgId !== orgId) throw new AppError('NOT_FOUND', '驿站不存在');
  return station._id;
}
