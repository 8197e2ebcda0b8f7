import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtList, AtListItem } from 'taro-ui';
import type { StationDetail } from '@contracts/stations';
import { addDays, chinaDate, chinaInstant, closureActive } from '@contracts/stations-hours';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { notify } from '@/ui/feedback';
import { momentText } from '../format';

/** 临时关闭 (大风停航…): a reason and when it ends; it stops counting by itself then. Or 恢复开放 now. */
export function ClosureEditor({ s, onSaved }: { s: StationDetail; onSaved: () => void }) {
  const today = chinaDate(Date.now());
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(addDays(today, 1));
  const [time, setTime] = useState('08:00');
  const { busy, run } = useBusy();
  const active = s.closure && closureActive(s.closure, Date.now()) ? s.closure : null;
  const save = (closure: { reason: string; until: string } | null) =>
    run(async () => {
      await call('stations', 'setClosure', { stationId: s.id, closure });
      notify(closure ? '已临时关闭' : '已恢复开放', { done: true });
      onSaved();
    }, closure ? '临时关闭' : '恢复开放');
  if (active) {
    return (
      <View className='card'>
        <Text className='card-title'>临时关闭中</Text>
        <Text className='console__line'>
          {active.reason}，预计 {momentText(active.until)} 恢复
        </Text>
        <View className='actions'>
          <AtButton type='primary' size='small' loading={busy} disabled={busy} onClick={() => void save(null)}>
            现在恢复开放
          </AtButton>
        </View>
      </View>
    );
  }
  const submit = () => {
    if (reason.trim().length < 2) return notify('请填写关闭原因，如“大风停航”');
    const until = chinaInstant(date, time);
    if (until <= Date.now()) return notify('恢复时间须晚于现在');
    void save({ reason: reason.trim(), until: new Date(until).toISOString() });
  };
  return (
    <View className='card'>
      <Text className='card-title'>临时关闭</Text>
      <AtInput name='reason' title='原因' placeholder='如 大风停航' maxlength={40} value={reason} onChange={(v: string | number) => setReason(String(v))} />
      <AtList hasBorder={false}>
        <Picker mode='date' value={date} start={today} onChange={(e) => setDate(String(e.detail.value))}>
          <AtListItem title='恢复日期' extraText={date} arrow='right' />
        </Picker>
        <Picker mode='time' value={time} onChange={(e) => setTime(String(e.detail.value))}>
          <AtListItem title='恢复时间' extraText={time} arrow='right' />
        </Picker>
      </AtList>
      <View className='actions'>
        <AtButton type='primary' size='small' loading={busy} disabled={busy} onClick={submit}>
          临时关闭
        </AtButton>
      </View>
    </View>
  );
}
