import { useRef } from 'react';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { ServiceCard } from '@/features/stations/components/service-card';
import { StationContact } from '@/features/stations/components/station-contact';
import { ParcelAddress, StationActivities, StationNotices } from '@/features/stations/components/station-extras';
import { StationStatusBadge } from '@/features/stations/components/status-badge';
import { WeekHoursTable } from '@/features/stations/components/week-hours';
import { momentText } from '@/features/stations/format';
import { stationUrl } from '@/features/stations/routes';
import { useClock } from '@/features/stations/status';
import { go } from '@/ui/navigate';
import '@/features/stations/components/station-page.scss';

interface Shared {
  id: string;
  title: string;
}

function StationView({ id, shared }: { id: string; shared: { current: Shared } }) {
  const now = useClock();
  const station = useRemote(() => call('stations', 'get', { stationId: id }), [id], { cache: 'stations.station' });
  const gate = beforeData(station);
  if (gate) return gate;
  const s = station.data!;
  shared.current = { id: s.id, title: s.name };
  const closure = s.closure && Date.parse(s.closure.until) > now ? s.closure : null;
  return (
    <>
      <DataAge savedAt={station.savedAt} />
      <View className='card station-page__head'>
        <Text className='station-page__name'>{s.name}</Text>
        <Text className='station-page__line'>
          {s.kindName}
          {s.port ? ` · ${s.port}` : ''}
          {s.waterway ? ` · ${s.waterway.name} ${s.waterway.km} 公里处` : ''}
        </Text>
        <Text className='station-page__line'>{s.address}</Text>
        <StationStatusBadge schedule={s.schedule} />
        {closure ? (
          <Text className='station-page__closure'>
            临时关闭：{closure.reason}，预计 {momentText(closure.until)} 恢复
          </Text>
        ) : null}
        {s.demo ? <Text className='muted'>（演示数据，非真实驿站）</Text> : null}
      </View>
      <StationContact s={s} />
      <Text className='section-title'>开放时间</Text>
      <View className='card'>
        <WeekHoursTable hours={s.hours} exceptions={s.exceptions} now={now} />
      </View>
      <Text className='section-title'>服务</Text>
      <View className='card'>
        {s.services.map((svc) => (
          <ServiceCard key={svc.serviceId} station={s} svc={svc} />
        ))}
      </View>
      <StationNotices s={s} />
      <ParcelAddress s={s} />
      <StationActivities s={s} />
      {s.canManage ? (
        <View className='actions actions--page'>
          <AtButton onClick={() => go(`/packages/admin/pages/station/index?stationId=${s.id}`)}>驿站管理</AtButton>
        </View>
      ) : null}
    </>
  );
}

/** Opened from the station's QR poster: the scene (s=<key>) names it. */
function FromScene({ scene, shared }: { scene: string; shared: { current: Shared } }) {
  const found = useRemote(() => call('stations', 'resolveScene', { scene }), [scene], { cache: 'stations.scene' });
  const gate = beforeData(found);
  if (gate) return gate;
  return <StationView id={found.data!.id} shared={shared} />;
}

/** 驿站: hours and exceptions, services with their own hours, call, navigate, arrive by water, notices, parcels, activities. */
export default function StationPage() {
  const { params } = useRouter();
  const scene = params['scene'] ? decodeURIComponent(params['scene']) : null;
  const shared = useRef<Shared>({ id: params['id'] ?? '', title: '船员驿站' });
  // NOTE: in the page component itself, with enableShareAppMessage in index.config.ts (Taro needs both).
  useShareAppMessage(() => ({ title: shared.current.title, path: stationUrl(shared.current.id) }));
  return (
    <Screen className='station-page'>
      {scene ? <FromScene scene={scene} shared={shared} /> : <StationView id={params['id'] ?? ''} shared={shared} />}
    </Screen>
  );
}
