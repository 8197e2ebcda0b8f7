// The console's list of stations: staff see their own, the org admin every station of the org
// (finishing any index rewrite a crash left half-done on the way), and who works at one.
import type { PersonRow, StationSummary } from '../../../contracts/stations';
import { hasRole, type Actor } from '../access';
import type { UserDoc } from '../account/users';
import { AppError } from '../errors';
import { db, findById, getList } from '../sdk';
import { STATIONS, stations, toSummary, type StationDoc } from './docs';
import { reindexPending } from './index-rows';
import { personRow } from './people';
import { loadManagedStation } from './scope';

export async function myStations(actor: Actor, now: Date): Promise<StationSummary[]> {
  if (hasRole(actor, 'org_admin') && actor.orgId) {
    await reindexPending(actor.orgId);
    const rows = await getList<StationDoc>(stations().where({ orgId: actor.orgId }).orderBy('name', 'asc').limit(200));
    return rows.map((s) => toSummary(s, null, now));
  }
  if (hasRole(actor, 'station_staff') && actor.stationId) {
    const s = await findById<StationDoc>(STATIONS, actor.stationId);
    return s ? [toSummary(s, null, now)] : [];
  }
  throw new AppError('FORBIDDEN', '没有权限：只有驿站工作人员或单位管理员可以管理驿站');
}

export async function staffOf(actor: Actor, stationId: string): Promise<PersonRow[]> {
  await loadManagedStation(actor, stationId);
  const rows = await getList<UserDoc>(db.collection('users').where({ stationId }).limit(100));
  return rows
    .filter((u) => u.roles.includes('station_staff'))
    .map(personRow);
}
