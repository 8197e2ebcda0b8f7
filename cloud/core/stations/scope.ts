// Who manages a station: its own staff (user.stationId), and the admin of the org that runs it.
// Staff of station A never read or touch B: every console action loads the station through here.
import { hasRole, type Actor } from '../access';
import { AppError } from '../errors';
import { findById } from '../sdk';
import { STATIONS, type StationDoc } from './docs';

export function canManageStation(actor: Actor, s: Pick<StationDoc, '_id' | 'orgId'>): boolean {
  return (
    (hasRole(actor, 'station_staff') && actor.stationId === s._id) ||
    (hasRole(actor, 'org_admin') && actor.orgId === s.orgId)
  );
}

export async function loadStation(id: string): Promise<StationDoc> {
  const s = await findById<StationDoc>(STATIONS, id);
  if (!s) throw new AppError('NOT_FOUND', '驿站不存在');
  return s;
}

/** The station, when the actor manages it; the same refusal whether it exists or not. */
export async function loadManagedStation(actor: Actor, id: string): Promise<StationDoc> {
  const s = await findById<StationDoc>(STATIONS, id);
  if (!s || !canManageStation(actor, s)) throw new AppError('FORBIDDEN', '没有权限：只能管理本驿站的事务');
  return s;
}

/** A crew-facing read: active stations, or inactive ones to those who manage them. */
export async function loadVisibleStation(actor: Actor, id: string): Promise<StationDoc> {
  const s = await findById<StationDoc>(STATIONS, id);
  if (!s || (!s.active && !canManageStation(actor, s))) throw new AppError('NOT_FOUND', '驿站不存在或已停用');
  return s;
}

/** For activities held at a station: it must exist and be open to the public. */
export async function requireActiveStation(id: string): Promise<void> {
  const s = await findById<StationDoc>(STATIONS, id);
  if (!s?.active) throw new AppError('INVALID_INPUT', '驿站不存在或已停用');
}
