import type { StationSummary } from '@contracts/stations';
import type { ServiceId } from '@contracts/stations-catalog';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { useRemote } from '@/hooks/use-remote';
import type { Position } from '../location';
import { liveStatus, useClock } from '../status';
import { StationRow } from './station-row';
import { NoStations } from './no-stations';

/** ~1 km: the stored list is reused while the ship stays near, and the key stays short. */
const round = (x: number) => Math.round(x * 100) / 100;

export function openOnly(rows: StationSummary[], openNow: boolean, now: number): StationSummary[] {
  return openNow ? rows.filter((r) => liveStatus(r.schedule, now).status.state === 'open') : rows;
}

/** The nearest stations, by distance from the phone (open now and offering a service, when chosen). */
export interface NearbyQuery {
  position: Position;
  serviceId: ServiceId | null;
  openNow: boolean;
}

/** The nearby read, stored per place (~1 km) and filter: the list and the map share it. */
export function useNearby(q: NearbyQuery) {
  const [lat, lng] = [round(q.position.lat), round(q.position.lng)];
  return useRemote(
    () => call('stations', 'nearby', { lat, lng, openNow: q.openNow, limit: 20, ...(q.serviceId ? { serviceId: q.serviceId } : {}) }),
    [lat, lng, q.serviceId, q.openNow],
    { cache: 'stations.nearby' },
  );
}

export function NearbyList(p: NearbyQuery) {
  const now = useClock();
  const near = useNearby(p);
  const gate = beforeData(near);
  if (gate) return gate;
  const rows = openOnly(near.data!, p.openNow, now);
  return (
    <>
      <DataAge savedAt={near.savedAt} />
      {rows.map((s) => (
        <StationRow key={s.id} station={s} />
      ))}
      {rows.length === 0 ? <NoStations openNow={p.openNow} /> : null}
    </>
  );
}
