import { Text } from '@tarojs/components';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { EmptyState } from '@/components/empty-state';
import { beforeData } from '@/components/page-state';
import { useRemote } from '@/hooks/use-remote';
import { durationText } from '../format';
import { liveStatus, useClock } from '../status';
import { StationRow } from './station-row';
import type { Voyage } from './waterway-view';

/** The stations ahead, in the order the ship reaches them; arrival times count from now, stored or not. */
export function AheadList({ voyage }: { voyage: Voyage }) {
  const now = useClock();
  const ahead = useRemote(() => call('stations', 'ahead', { ...voyage, limit: 10 }), [voyage.waterwayId, voyage.direction, voyage.km, voyage.speedKmh], {
    cache: 'stations.ahead',
  });
  const gate = beforeData(ahead);
  if (gate) return gate;
  const rows = ahead.data!;
  if (rows.length === 0) return <EmptyState title='前方航段暂无驿站' description='换个航向，或核对里程。' />;
  return (
    <>
      <DataAge savedAt={ahead.savedAt} />
      {rows.map((s) => (
        <StationRow
          key={s.id}
          station={{ ...s, distanceKm: null }}
          extra={
            <Text className='muted' data-testid='ahead-eta'>
              前方 {s.kmAway} 公里 · {durationText(s.etaMinutes)}到达 · 到达时{liveStatus(s.schedule, now + s.etaMinutes * 60_000).label}
            </Text>
          }
        />
      ))}
    </>
  );
}
