import type { ReactElement } from 'react';
import type { StationDetail } from '@contracts/stations';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { RequireRole } from '@/features/account/components/require-role';
import { StationChoice } from './station-choice';
import './console.scss';

function Loaded({ stationId, children }: { stationId: string; children: (s: StationDetail, reload: () => void) => ReactElement }) {
  const station = useRemote(() => call('stations', 'get', { stationId }), [stationId], { cache: 'stations.station' });
  const gate = beforeData(station);
  if (gate) return gate;
  return (
    <>
      <DataAge savedAt={station.savedAt} />
      {children(station.data!, () => void station.reload())}
    </>
  );
}

/** A console page (staff of the station, or the org admin): the chosen station's page data, then the page's own part. */
export function ConsolePage({ children }: { children: (s: StationDetail, reload: () => void) => ReactElement }) {
  return (
    <Screen className='admin-page'>
      <RequireRole role={['station_staff', 'org_admin']}>
        <StationChoice>{(s) => <Loaded key={s.id} stationId={s.id}>{children}</Loaded>}</StationChoice>
      </RequireRole>
    </Screen>
  );
}
