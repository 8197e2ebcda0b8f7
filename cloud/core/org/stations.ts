import { db, findById, getList, MAX_LIMIT } from '../sdk';
import type { StationDoc } from './docs';

export function findStation(id: string): Promise<StationDoc | null> {
  return findById<StationDoc>('stations', id);
}

/** The ids of an org's stations. */
export async function stationIdsOf(orgId: string): Promise<string[]> {
  const rows = await getList<Pick<StationDoc, '_id'>>(
    db.collection('stations').where({ orgId }).field({ _id: true }).limit(MAX_LIMIT),
  );
  return rows.map((s) => s._id);
}
