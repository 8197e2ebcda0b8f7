import { useState } from 'react';
import { View } from '@tarojs/components';
import { AtButton, AtInput, AtSegmentedControl } from 'taro-ui';
import type { ServiceId } from '@contracts/stations-catalog';
import { EmptyState } from '@/components/empty-state';
import { Screen } from '@/components/screen';
import { useMe } from '@/features/account/me-store';
import { BrowseList } from '@/features/stations/components/browse-list';
import { HelpCard } from '@/features/stations/components/help-card';
import { LocationNote } from '@/features/stations/components/location-note';
import { NearbyList } from '@/features/stations/components/nearby-list';
import { SearchResults } from '@/features/stations/components/search-results';
import { ServiceFilter } from '@/features/stations/components/service-filter';
import { StationMap } from '@/features/stations/components/station-map';
import { WaterwayView } from '@/features/stations/components/waterway-view';
import { CERTIFICATES_URL, MY_BOOKINGS_URL } from '@/features/stations/routes';
import { usePosition } from '@/features/stations/use-position';
import { notify } from '@/ui/feedback';
import { go } from '@/ui/navigate';
import './index.scss';

// NOTE: the map is weapp only (Taro's h5 Map needs Baidu's online SDK and fails offline): h5 lists.
const MODES = process.env.TARO_ENV === 'weapp' ? ['附近', '沿航道', '地图'] : ['附近', '沿航道'];

/** 附近 and 地图: by distance with a position, else by waterway or port; a search by name above. */
function Nearby({ map }: { map: boolean }) {
  const pos = usePosition();
  const [serviceId, setServiceId] = useState<ServiceId | null>(null);
  const [openNow, setOpenNow] = useState(false);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const search = () => {
    const t = typed.trim();
    if (t.length === 1) return notify('请至少输入 2 个字');
    setQ(t);
  };
  const query = pos.position ? { position: pos.position, serviceId, openNow } : null;
  return (
    <>
      <View className='card stations-tab__search'>
        <AtInput name='q' title='搜索' placeholder='驿站或港口' value={typed} onChange={(v: string | number) => setTyped(String(v))} onConfirm={search} />
        <View className='actions'>
          <AtButton size='small' type='primary' onClick={search}>
            搜索
          </AtButton>
          {q ? (
            <AtButton
              size='small'
              onClick={() => {
                setQ('');
                setTyped('');
              }}
            >
              清除
            </AtButton>
          ) : null}
        </View>
      </View>
      {q ? (
        <SearchResults q={q} position={pos.position} />
      ) : (
        <>
          <ServiceFilter value={serviceId} onChange={setServiceId} openNow={openNow} onOpenNow={setOpenNow} />
          <LocationNote pos={pos} />
          {query ? map ? <StationMap {...query} /> : <NearbyList {...query} /> : pos.asking ? null : <BrowseList serviceId={serviceId} openNow={openNow} />}
        </>
      )}
    </>
  );
}

function StationsBody() {
  const { signedIn } = useMe();
  const [mode, setMode] = useState(0);
  return (
    <>
      <HelpCard />
      {signedIn ? (
        <View className='actions actions--page stations-tab__mine'>
          <AtButton size='small' onClick={() => go(MY_BOOKINGS_URL)}>
            我的预约
          </AtButton>
          <AtButton size='small' onClick={() => go(CERTIFICATES_URL)}>
            我的证书
          </AtButton>
        </View>
      ) : null}
      {signedIn ? (
        <>
          <View className='card'>
            <AtSegmentedControl values={MODES} current={mode} onClick={setMode} />
          </View>
          {mode === 1 ? <WaterwayView /> : <Nearby map={mode === 2} />}
        </>
      ) : (
        <EmptyState title='登录后查找驿站' description='查看沿江沿港的船员驿站、海员之家：开放时间、服务、预约与电话。' />
      )}
    </>
  );
}

export default function StationsPage() {
  return (
    <Screen className='stations-tab'>
      <StationsBody />
    </Screen>
  );
}
