import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput } from 'taro-ui';
import type { StationDetail } from '@contracts/stations';
import type { ServiceId } from '@contracts/stations-catalog';
import { addDays, chinaDate } from '@contracts/stations-hours';
import { call } from '@/api/client';
import { beforeData } from '@/components/page-state';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { notify } from '@/ui/feedback';
import { slotStateText } from '../booking-text';
import { Chips } from '../components/chips';
import { dayLabel } from '../format';

/** 停约: block a whole day or one slot of a bookable service (staff away, the boat in repair), or open it again. */
export function BlockEditor({ s }: { s: StationDetail }) {
  const bookable = s.services.filter((x) => x.booking);
  const today = chinaDate(Date.now());
  const [serviceId, setServiceId] = useState<ServiceId | null>(bookable[0]?.serviceId ?? null);
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const days = useRemote(() => (serviceId ? call('stations', 'slots', { stationId: s.id, serviceId }) : Promise.resolve([])), [s.id, serviceId]);
  const { busy, run } = useBusy();
  if (!serviceId) return <Text className='load-more'>没有接受预约的服务</Text>;
  const set = (blocked: boolean, start?: string) =>
    run(async () => {
      await call('stations', 'block', { stationId: s.id, serviceId, date, ...(start ? { start } : {}), blocked, reason: reason.trim() });
      notify(blocked ? '已停约' : '已恢复预约', { done: true });
      await days.reload();
    }, blocked ? '停约' : '恢复预约');
  const day = days.data?.find((d) => d.date === date);
  return (
    <View className='card'>
      <Chips options={bookable.map((x) => ({ value: x.serviceId as ServiceId, label: x.name }))} value={serviceId} onChange={(v) => v && setServiceId(v)} />
      <View className='actions'>
        <Chips options={[0, 1, 2, 3, 4, 5, 6].map((d) => ({ value: addDays(today, d), label: dayLabel(addDays(today, d)) }))} value={date} onChange={(v) => v && setDate(v)} />
      </View>
      <AtInput name='block-reason' title='原因' placeholder='如 交通船检修' maxlength={40} value={reason} onChange={(v: string | number) => setReason(String(v))} />
      {beforeData(days) ??
        (day && day.slots.length ? (
          day.slots.map((slot) => (
            <View key={slot.id} className='console__booking'>
              <Text className='console__who'>
                {slot.start}–{slot.end} · {slotStateText(slot)}
              </Text>
              <View className='actions'>
                <AtButton size='small' disabled={busy} onClick={() => void set(slot.state !== 'blocked', slot.start)}>
                  {slot.state === 'blocked' ? '恢复预约' : '停约这个时段'}
                </AtButton>
              </View>
            </View>
          ))
        ) : (
          <Text className='muted'>这一天没有预约时段</Text>
        ))}
      <View className='actions'>
        <AtButton size='small' disabled={busy} onClick={() => void set(true)}>
          停约全天
        </AtButton>
        <AtButton size='small' disabled={busy} onClick={() => void set(false)}>
          恢复全天
        </AtButton>
      </View>
    </View>
  );
}
