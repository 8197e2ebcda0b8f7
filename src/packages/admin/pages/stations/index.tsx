import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { RequireRole } from '@/features/account/components/require-role';
import { Chips } from '@/features/stations/components/chips';
import { StaffEditor } from '@/features/stations/console/staff-editor';
import { liveStatus } from '@/features/stations/status';
import { go } from '@/ui/navigate';

/** 驿站与工作人员 (org admin): the org's stations, a new one, and who works at each. */
function Stations() {
  const list = useRemote(() => call('stations', 'myStations'), [], { cache: 'stations.mine' });
  const [picked, setPicked] = useState<string | null>(null);
  const gate = beforeData(list);
  if (gate) return gate;
  const stations = list.data!;
  const station = stations.find((s) => s.id === picked) ?? stations[0];
  return (
    <>
      <DataAge savedAt={list.savedAt} />
      <Text className='section-title'>本单位的驿站</Text>
      <AtList>
        {stations.map((s) => (
          <AtListItem
            key={s.id}
            title={s.name}
            note={`${s.kindName} · ${liveStatus(s.schedule).label}`}
            arrow='right'
            onClick={() => go(`/packages/admin/pages/station/index?stationId=${s.id}`)}
          />
        ))}
        <AtListItem title='新建驿站' note='名称、位置、航道里程、电话' arrow='right' onClick={() => go('/packages/admin/pages/station-edit/index?new=1')} />
      </AtList>
      {station ? (
        <>
          <Text className='section-title'>工作人员</Text>
          {stations.length > 1 ? (
            <View className='card'>
              <Chips options={stations.map((s) => ({ value: s.id, label: s.name }))} value={station.id} onChange={(v) => v && setPicked(v)} />
            </View>
          ) : null}
          <StaffEditor key={station.id} station={station} />
        </>
      ) : null}
    </>
  );
}

export default function OrgStationsPage() {
  return (
    <Screen className='admin-page'>
      <RequireRole role='org_admin'>
        <Stations />
      </RequireRole>
    </Screen>
  );
}
