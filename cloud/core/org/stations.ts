import { db, findById, getList, MAX_LIMIT } from '../sdk';
// The station fields the org side needs (who runs it); the whole document is the stations core's.
import type { StationDoc } from '../stations/docs';

export type StationOwner = Pick<StationDoc, '_id' | 'orgId' | 'name'>;

export function findStation(id: string): Promise<StationOwner | null> {
  return findById<StationOwner>('stations', id);
}

/** The ids of an org's stations. */
export async function stationIdsOf(orgId: string): Promise<string[]> {
  const rows = await getList<Pick<StationDoc, '_id'>>(
    db.collection('stations').where({ orgId }).field({ _id: true }).limit(MAX_LIMIT),
  );
  return rows.map((s) => s._id);
}
