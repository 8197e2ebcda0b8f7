import type * as z from 'zod/mini';
import { ROLES, type Role } from '../../../contracts/account';
import { GRANTABLE_ROLES, type MemberSummary, type SetRolesInput } from '../../../contracts/org';
import { requireOrgAdmin, type Actor } from '../access';
import { orgOf, type UserDoc } from '../account/users';
import { AppError } from '../errors';
import { runTransaction, txFind } from '../sdk';
import { findBranch } from './branches';
import { toMemberSummary } from './members';
import { findStation } from './stations';

type Input = z.output<typeof SetRolesInput>;

const isGrantable = (r: Role) => (GRANTABLE_ROLES as readonly Role[]).includes(r);

/**
 * An org admin sets the roles they grant, only inside their own org: 管理员 and 支部书记 to
 * members of the org (支部书记 of the person's own branch); 驿站工作人员 of one of the org's
 * stations to a member or to crew of no org, who stay of no org and free to join any branch.
 * Staff of another org's station are that org's to change. 'crew' and 'member' stay as joining
 * made them. Read and written in one transaction, so an approval meanwhile is not overwritten.
 */
export async function setRoles(actor: Actor, input: Input, now: Date): Promise<MemberSummary> {
  const orgId = requireOrgAdmin(actor);
  const granted = new Set<Role>(input.roles);
  const branchId = granted.has('branch_admin') ? await checkBranch(input.branchId, orgId) : null;
  const stationId = granted.has('station_staff') ? await checkStation(input.stationId, orgId) : null;

  return runTransaction(async (tx) => {
    const target = await txFind<UserDoc>(tx, 'users', input.openid);
    if (!target) throw new AppError('NOT_FOUND', '用户不存在');
    await checkTarget(target, orgId);
    if (target._id === actor.openid && !granted.has('org_admin')) {
      throw new AppError('FORBIDDEN', '不能取消自己的管理员权限，请由其他管理员操作');
    }
    const member = !!target.branchId && target.orgId === orgId;
    const holds = (r: Role) => target.roles.includes(r) && orgOf(target) === orgId;
    if (granted.has('org_admin') && !member && !holds('org_admin')) {
      throw new AppError('FORBIDDEN', '只能任命本单位的党员为管理员');
    }
    if (branchId && target.branchId !== branchId) throw new AppError('CONFLICT', '只能任命本支部的党员为支部书记');

    const roles = ROLES.filter((r) => r === 'crew' || (isGrantable(r) ? granted.has(r) : target.roles.includes(r)));
    const patch = {
      roles,
      stationId,
      // A station gives no org: without a branch, only holding 管理员 keeps someone in it.
      orgId: target.branchId ? target.orgId : roles.includes('org_admin') ? orgId : null,
      updatedAt: now,
    };
    await tx.collection('users').doc(target._id).update({ data: patch });
    return toMemberSummary({ ...target, ...patch });
  });
}

/** Refuses people of another org, and staff of another org's station. */
async function checkTarget(target: UserDoc, orgId: string): Promise<void> {
  const own = orgOf(target);
  if (own && own !== orgId) throw new AppError('FORBIDDEN', '该用户属于其他单位');
  if (target.stationId && target.roles.includes('station_staff')) {
    const station = await findStation(target.stationId);
    if (station && station.orgId !== orgId) throw new AppError('FORBIDDEN', '该用户是其他单位驿站的工作人员');
  }
}

async function checkBranch(branchId: string | null | undefined, orgId: string): Promise<string> {
  if (!branchId) throw new AppError('INVALID_INPUT', '任命支部书记时请选择支部');
  const branch = await findBranch(branchId);
  if (!branch || branch.orgId !== orgId) throw new AppError('NOT_FOUND', '支部不存在');
  return branch._id;
}

async function checkStation(stationId: string | null | undefined, orgId: string): Promise<string> {
  if (!stationId) throw new AppError('INVALID_INPUT', '设为驿站工作人员时请选择驿站');
  const station = await findStation(stationId);
  if (!station || station.orgId !== orgId) throw new AppError('NOT_FOUND', '驿站不存在');
  return station._id;
}
