import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { Parcel } from '@contracts/stations';
import { call } from '@/api/client';
import { beforeData } from '@/components/page-state';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { notify } from '@/ui/feedback';
import { Chips } from '../components/chips';
import { momentText } from '../format';

type Status = Parcel['status'];
const TABS: Array<{ value: Status; label: string }> = [
  { value: 'expected', label: '待到站' },
  { value: 'arrived', label: '已到站待取' },
  { value: 'picked_up', label: '已取走' },
];

/** 快递: parcels crew said they expect; marking one arrived tells the crew member; then picked up. */
export function ParcelDesk({ stationId }: { stationId: string }) {
  const [status, setStatus] = useState<Status>('expected');
  const list = useRemote(() => call('stations', 'parcels', { stationId, status }), [stationId, status], { cache: 'stations.parcels' });
  const { busy, run } = useBusy();
  const mark = (p: Parcel, action: 'arrived' | 'picked_up') =>
    run(async () => {
      await call('stations', 'markParcel', { id: p.id, action });
      notify(action === 'arrived' ? '已登记到站，已通知本人' : '已登记取走', { done: true });
      await list.reload();
    }, action === 'arrived' ? '登记到站' : '登记取走');
  return (
    <View className='card'>
      <Chips options={TABS} value={status} onChange={(v) => v && setStatus(v)} />
      {beforeData(list) ??
        (list.data!.length === 0 ? (
          <Text className='muted'>没有快递</Text>
        ) : (
          list.data!.map((p) => (
            <View key={p.id} className='console__booking'>
              <Text className='console__who'>
                {p.name} · 手机尾号 {p.phoneTail}
              </Text>
              {p.note ? <Text className='console__line'>{p.note}</Text> : null}
              <Text className='console__line'>{p.arrivedAt ? `${momentText(p.arrivedAt)} 到站` : `${momentText(p.createdAt)} 登记`}</Text>
              <View className='actions'>
                {p.status === 'expected' ? (
                  <AtButton size='small' type='primary' disabled={busy} onClick={() => void mark(p, 'arrived')}>
                    已到站
                  </AtButton>
                ) : null}
                {p.status === 'arrived' ? (
                  <AtButton size='small' disabled={busy} onClick={() => void mark(p, 'picked_up')}>
                    已取走
                  </AtButton>
                ) : null}
              </View>
            </View>
          ))
        ))}
    </View>
  );
}
