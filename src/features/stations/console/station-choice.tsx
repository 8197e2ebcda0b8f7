import { useState, type ReactElement } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { StationSummary } from '@contracts/stations';
import { call } from '@/api/client';
import { beforeData } from '@/components/page-state';
import { EmptyState } from '@/components/empty-state';
import { useRemote } from '@/hooks/use-remote';
import { Chips } from '../components/chips';

/**
 * Which station a console page works on: staff have one (theirs), the org admin picks among the
 * org's (or arrives with ?stationId=). The server refuses any other station in any case.
 */
export function StationChoice({ children }: { children: (s: StationSummary) => ReactElement }) {
  const { params } = useRouter();
  const mine = useRemote(() => call('stations', 'myStations'), [], { cache: 'stations.mine' });
  const [picked, setPicked] = useState<string | null>(params['stationId'] ?? null);
  const gate = beforeData(mine);
  if (gate) return gate;
  const list = mine.data!;
  if (list.length === 0) return <EmptyState title='还没有驿站' description='单位管理员可在“驿站与工作人员”中新建驿站。' />;
  const station = list.find((s) => s.id === picked) ?? list[0]!;
  return (
    <>
      {list.length > 1 && !params['stationId'] ? (
        <View className='card'>
          <Chips options={list.map((s) => ({ value: s.id, label: s.name }))} value={station.id} onChange={(v) => v && setPicked(v)} />
        </View>
      ) : null}
      {children(station)}
    </>
  );
}
