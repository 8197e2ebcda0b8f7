import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { BoardBooking, BoardSlot, DayBoard } from '@contracts/stations';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { useOutbox } from '@/offline/outbox';
import { confirmAction, notify } from '@/ui/feedback';
import { bookingStatusText, slotStateText } from '../booking-text';
import { momentText } from '../format';
import { callNumber } from '../phone';
import '../verify-outbox';
import './console.scss';

type Action = 'confirm' | 'complete' | 'no_show';
const LABEL: Record<Action, string> = { confirm: '确认', complete: '核销', no_show: '标记未到' };

function BookingRow({ b, syncing, onAction, busy }: { b: BoardBooking; syncing: boolean; busy: boolean; onAction: (b: BoardBooking, a: Action) => void }) {
  const who = b.ship ? `${b.ship.name}（${b.name}）` : b.name;
  const started = Date.parse(b.startAt) <= Date.now();
  return (
    <View className='console__booking' data-testid='board-booking'>
      <Text className='console__who'>
        {who} · {b.people} 人
      </Text>
      <Text className='console__line'>
        {syncing ? '已核销（待同步）' : bookingStatusText(b)}
        {b.code && b.status === 'booked' ? ` · 预约码 ${b.code}` : ''}
        {b.usedAt ? ` · ${momentText(b.usedAt)}` : ''}
      </Text>
      {b.eta ? <Text className='console__line'>预计到达 {momentText(b.eta.from)}–{momentText(b.eta.to).slice(-5)}</Text> : null}
      {b.note ? <Text className='console__line'>备注：{b.note}</Text> : null}
      {b.certificates.map((c) => (
        <Text key={c.number} className='console__line'>
          {c.kindName} {c.number}
          {c.expiresOn ? ` 到期 ${c.expiresOn}` : ''}
        </Text>
      ))}
      {b.reuses ? <Text className='console__flag'>此预约码被重复使用 {b.reuses} 次</Text> : null}
      <View className='actions'>
        <AtButton size='small' onClick={() => callNumber(b.phone)}>
          电话
        </AtButton>
        {b.status === 'booked' && !syncing ? (
          <>
            {!b.confirmed ? (
              <AtButton size='small' type='primary' disabled={busy} onClick={() => onAction(b, 'confirm')}>
                确认
              </AtButton>
            ) : null}
            <AtButton size='small' disabled={busy} onClick={() => onAction(b, 'complete')}>
              核销
            </AtButton>
            {started ? (
              <AtButton size='small' disabled={busy} onClick={() => onAction(b, 'no_show')}>
                未到
              </AtButton>
            ) : null}
          </>
        ) : null}
      </View>
    </View>
  );
}

function SlotCard({ slot, children }: { slot: BoardSlot; children: ReactNode }) {
  const taken = slot.capacity - slot.remaining;
  return (
    <View className='card console__slot' data-testid='board-slot'>
      <View className='console__slot-head'>
        <Text className='console__slot-time'>
          {slot.start}–{slot.end} {slot.serviceName}
        </Text>
        <Text className='muted'>
          已约 {taken}/{slot.capacity}
          {slot.waitlisted ? ` · 候补 ${slot.waitlisted}` : ''}
          {slot.state === 'blocked' ? ` · ${slotStateText({ ...slot, state: 'blocked' })}` : ''}
        </Text>
      </View>
      {slot.bookings.length === 0 ? <Text className='muted'>暂无预约</Text> : children}
    </View>
  );
}

/** 今日看板: the day's slots with their bookings; confirm (the boat will come), 核销 by hand, no-show. */
export function BoardView({ board, onChanged }: { board: DayBoard; onChanged: () => void }) {
  const syncing = new Set(useOutbox('stations.verification').map((e) => e.input.bookingId));
  const { busy, run } = useBusy();
  const act = async (b: BoardBooking, action: Action) => {
    if (action !== 'confirm' && !(await confirmAction({ title: LABEL[action], content: `${b.ship?.name ?? b.name} ${b.start}–${b.end} ${b.serviceName}` }))) return;
    await run(async () => {
      await call('stations', 'staffBooking', { id: b.id, action });
      notify(action === 'confirm' ? '已确认' : action === 'complete' ? '已核销' : '已标记未到', { done: true });
      onChanged();
    }, LABEL[action]);
  };
  if (board.slots.length === 0) return <Text className='load-more'>这一天没有预约时段</Text>;
  return (
    <>
      {board.slots.map((s) => (
        <SlotCard key={s.id} slot={s}>
          {s.bookings.map((b) => (
            <BookingRow key={b.id} b={b} syncing={syncing.has(b.id)} busy={busy} onAction={(x, a) => void act(x, a)} />
          ))}
        </SlotCard>
      ))}
    </>
  );
}
