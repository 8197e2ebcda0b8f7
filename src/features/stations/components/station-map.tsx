import { Map, Text } from '@tarojs/components';
import pin from '@/assets/stations/pin.png';
import { beforeData } from '@/components/page-state';
import { TOKENS } from '@/styles/tokens';
import { go } from '@/ui/navigate';
import { stationUrl } from '../routes';
import { liveStatus, useClock } from '../status';
import { openOnly, useNearby, type NearbyQuery } from './nearby-list';
import { StationRow } from './station-row';
import './station-map.scss';

/**
 * weapp only: the nearby stations on WeChat's map (GCJ-02, as the stations are stored), a marker
 * each; tapping a marker's bubble opens the station. The list under it is the same read, stored.
 * NOTE: h5 has no map here — Taro's h5 Map loads Baidu's online SDK (BD-09) and fails offline.
 */
export function StationMap(q: NearbyQuery) {
  const now = useClock();
  const near = useNearby(q);
  const gate = beforeData(near);
  if (gate) return gate;
  const rows = openOnly(near.data!, q.openNow, now);
  const markers = rows.map((s, i) => ({
    id: i,
    latitude: s.location.lat,
    longitude: s.location.lng,
    iconPath: pin as string,
    width: 24,
    height: 32,
    callout: {
      content: `${s.name}\n${liveStatus(s.schedule, now).label}`,
      display: 'BYCLICK' as const,
      padding: 8,
      borderRadius: 8,
      borderWidth: 1,
      borderColor: TOKENS.red,
      fontSize: 14,
      color: '#222222',
      bgColor: '#ffffff',
      textAlign: 'left' as const,
      anchorX: 0,
      anchorY: 0,
    },
  }));
  return (
    <>
      <Map
        className='station-map'
        latitude={q.position.lat}
        longitude={q.position.lng}
        scale={8}
        showLocation
        markers={markers}
        onError={() => undefined}
        onCalloutTap={(e) => {
          const s = rows[Number(e.detail.markerId)];
          if (s) go(stationUrl(s.id));
        }}
      />
      <Text className='muted station-map__hint'>点击标记查看驿站名称，再点名称打开驿站</Text>
      {rows.map((s) => (
        <StationRow key={s.id} station={s} />
      ))}
    </>
  );
}
