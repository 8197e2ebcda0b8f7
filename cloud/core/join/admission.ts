// Admission into a branch, as part of the approving transaction: the person, their roster row
// and the request move together, so a crash leaves all of them decided or none.
import { ROLES, type Role } from '../../../contracts/account';
import { orgOf, type UserDoc } from '../account/users';
import { AppError } from '../errors';
import type { RosterDoc } from '../org/docs';
import type { StationOwner } from '../org/stations';
import { txFind, type Tx } from '../sdk';
import type { JoinRequestDoc } from './requests';

/**
 * The roles a person keeps on joining a branch of `orgId`: only those scoped inside that org.
 * org_admin only if this org granted it; station_staff only of this org's station; branch_admin
 * never (it was of no branch, since they had none).
 */
export function rolesOnAdmission(
  user: Pick<UserDoc, 'roles' | 'orgId' | 'stationId'>,
  orgId: string,
  stationOrgId: string | null,
): { roles: Role[]; stationId: string | null } {
  const keepAdmin = user.orgId === orgId && user.roles.includes('org_admin');
  const keepStation = user.roles.includes('station_staff') && !!user.stationId && stationOrgId === orgId;
  const kept = new Set<Role>(['crew', 'member']);
  if (keepAdmin) kept.add('org_admin');
  if (keepStation) kept.add('station_staff');
  return { roles: ROLES.filter((r) => kept.has(r)), stationId: keepStation ? user.stationId : null };
}

/** Makes the applicant a member of the request's branch, inside `tx`; claims their roster row. */
export async function admitInTx(tx: Tx, request: JoinRequestDoc, now: Date): Promise<void> {
  const user = await txFind<UserDoc>(tx, 'users', request.openid);
  if (!user) throw new AppError('NOT_FOUND', '申请人的账号不存在');
  if (user.branchId) throw new AppError('CONFLICT', '申请人已加入支部，请驳回此申请');
  const own = orgOf(user);
  if (own && own !== request.orgId) throw new AppError('CONFLICT', '申请人已属于其他单位，请驳回此申请');
  if (request.rosterId) {
    const row = await txFind<RosterDoc>(tx, 'roster', request.rosterId);
    if (row?.claimedBy && row.claimedBy !== request.openid) {
      throw new AppError('CONFLICT', '名册中的这条记录已被其他账号认领，请驳回后核实');
    }
    if (row)
      await tx
        .collection('roster')
        .doc(row._id)
        .update({ data: { claimedBy: request.openid } });
  }
  const station = user.stationId ? await txFind<StationOwner>(tx, 'stations', user.stationId) : null;
  const { roles, stationId } = rolesOnAdmission(user, request.orgId, station?.orgId ?? null);
  await tx
    .collection('users')
    .doc(user._id)
    .update({
      data: {
        roles,
        stationId,
        orgId: request.orgId,
        branchId: request.branchId,
        name: request.name,
        ...(request.phone && { phone: request.phone }),
        updatedAt: now,
      },
    });
}
