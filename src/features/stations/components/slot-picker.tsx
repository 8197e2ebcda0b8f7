import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { BookingDay, SlotView } from '@contracts/stations';
import { canPick, slotStateText } from '../booking-text';
import { dayLabel } from '../format';
import { Chips } from './chips';
import './slot-picker.scss';

/** Why a day's chip offers nothing: no slots, all started, all blocked, or all taken. */
function dayNote(d: BookingDay): string {
  if (d.slots.some(canPick)) return '';
  if (d.slots.length === 0) return '（不约）';
  if (d.slots.every((s) => s.state === 'closed')) return '（已结束）';
  if (d.slots.every((s) => s.state === 'blocked')) return '（停约）';
  return '（约满）';
}

/** A day, then one of its slots: each says 可约 N / 候补 / 已满 / 已停约; only open and waitlist ones can be picked. */
export function SlotPicker({ days, value, onChange }: { days: BookingDay[]; value: SlotView | null; onChange: (s: SlotView | null) => void }) {
  const first = days.find((d) => d.slots.some(canPick)) ?? days[0];
  const [date, setDate] = useState<string | null>(value?.date ?? first?.date ?? null);
  const day = days.find((d) => d.date === date);
  return (
    <View className='slot-picker'>
      <Chips
        options={days.map((d) => ({ value: d.date, label: `${dayLabel(d.date)}${dayNote(d)}` }))}
        value={date}
        onChange={(d) => {
          setDate(d);
          onChange(null);
        }}
      />
      {day && day.slots.length === 0 ? <Text className='muted slot-picker__none'>这一天没有预约时段</Text> : null}
      {day?.slots.map((s) => {
        const on = value?.id === s.id;
        const pickable = canPick(s);
        return (
          <View
            key={s.id}
            className={`slot-picker__slot${on ? ' slot-picker__slot--on' : ''}${pickable ? '' : ' slot-picker__slot--off'}`}
            data-tap={pickable ? 'slot' : undefined}
            data-testid='slot'
            onClick={pickable ? () => onChange(s) : undefined}
          >
            <Text className='slot-picker__time'>
              {s.start}–{s.end}
            </Text>
            <Text className={`slot-picker__state slot-picker__state--${s.state}`}>{slotStateText(s)}</Text>
          </View>
        );
      })}
    </View>
  );
}
