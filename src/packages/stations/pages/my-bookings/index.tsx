import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { AtList, AtListItem, AtSegmentedControl } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { PagedFooter } from '@/components/paged-footer';
import { Screen } from '@/components/screen';
import { usePaged } from '@/hooks/use-paged';
import { bookingLabel, bookingStatusText } from '@/features/stations/booking-text';
import '@/features/stations/cancel-outbox';
import { bookingUrl } from '@/features/stations/routes';
import { discardWrite, onLanded, useOutbox } from '@/offline/outbox';
import { go } from '@/ui/navigate';

const WHEN = ['upcoming', 'past'] as const;

/** 我的预约: upcoming (soonest first) and past; cancellations waiting for the signal on top. */
export default function MyBookingsPage() {
  const [tab, setTab] = useState(0);
  const list = usePaged((cursor) => call('stations', 'myBookings', { when: WHEN[tab]!, cursor }), [tab], { cache: 'stations.myBookings' });
  const waiting = useOutbox('stations.cancelBooking');
  const { reload } = list;
  useEffect(
    () =>
      onLanded((e) => {
        if (e.kind === 'stations.cancelBooking') void reload();
      }),
    [reload],
  );
  return (
    <Screen>
      <View className='card'>
        <AtSegmentedControl values={['即将到来', '往期']} current={tab} onClick={setTab} />
      </View>
      {waiting.length ? (
        <AtList>
          {waiting.map((w) => (
            <AtListItem
              key={w.id}
              title={`取消预约 · ${w.status === 'refused' ? '未能提交' : '待发送'}`}
              note={w.status === 'refused' ? `${w.input.label}（${w.error ?? ''}）点击移除` : w.input.label}
              onClick={w.status === 'refused' ? () => discardWrite(w.id) : undefined}
            />
          ))}
        </AtList>
      ) : null}
      <DataAge savedAt={list.savedAt} />
      <AtList>
        {list.items.map((b) => (
          <AtListItem
            key={b.id}
            title={bookingLabel(b)}
            note={b.code && b.status === 'booked' ? `${bookingStatusText(b)} · 预约码 ${b.code}` : bookingStatusText(b)}
            arrow='right'
            onClick={() => go(bookingUrl(b.id))}
          />
        ))}
      </AtList>
      <PagedFooter list={list} empty={tab === 0 ? '还没有预约：在驿站页面预约证书帮办、健康问诊、交通船等服务' : '还没有往期预约'} />
    </Screen>
  );
}
