import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput } from 'taro-ui';
import type { BookingRules, StationDetail, StationServiceView } from '@contracts/stations';
import { call } from '@/api/client';
import { Toggle } from '@/components/toggle';
import { useBusy } from '@/hooks/use-busy';
import { confirmAction, notify } from '@/ui/feedback';
import { weekdayName } from '../format';
import { parseWeek, weekToText } from './parse-week';
import { parseSlotLines, slotsToLines } from './slots-text';
import { TextAreaField } from './text-area-field';
import { WeekEditor } from './week-editor';

const DEFAULT_RULES: BookingRules = { slots: [], perPersonPerDay: 1, cancelBeforeMinutes: 60, maxPeople: 10, daysAhead: 7, waitlist: true };

const int = (v: string | number) => Math.max(0, Math.floor(Number(v) || 0));

/** One service as the station offers it: note, its own hours, 确认 stamp, booking slots and rules; or remove it. */
export function ServiceEditor({ s, svc, onSaved }: { s: StationDetail; svc: StationServiceView; onSaved: () => void }) {
  const [note, setNote] = useState(svc.note);
  const [ownHours, setOwnHours] = useState(svc.hours !== null);
  const [week, setWeek] = useState(weekToText(svc.hours ?? s.hours));
  const [bookable, setBookable] = useState(svc.booking !== null);
  const [rules, setRules] = useState<BookingRules>(svc.booking ?? DEFAULT_RULES);
  const [slotLines, setSlotLines] = useState(slotsToLines(svc.booking?.slots ?? []));
  const { busy, run } = useBusy();

  const save = () => {
    const hours = ownHours ? parseWeek(week) : { hours: null };
    if ('error' in hours) return notify(hours.error);
    const slots = bookable ? parseSlotLines(slotLines) : { slots: [] };
    if ('error' in slots) return notify(slots.error);
    void run(async () => {
      await call('stations', 'saveService', {
        stationId: s.id,
        serviceId: svc.serviceId,
        hours: hours.hours,
        note: note.trim(),
        confirm: true,
        booking: bookable ? { ...rules, slots: slots.slots } : null,
      });
      notify('已保存并确认', { done: true });
      onSaved();
    }, '保存');
  };
  const remove = async () => {
    if (!(await confirmAction({ title: '停止提供', content: `${svc.name}将不再显示在驿站页，已有预约不受影响。`, confirmText: '停止提供' }))) return;
    await run(async () => {
      await call('stations', 'removeService', { stationId: s.id, serviceId: svc.serviceId });
      notify('已停止提供', { done: true });
      onSaved();
    }, '停止提供');
  };
  const num = (key: 'perPersonPerDay' | 'cancelBeforeMinutes' | 'maxPeople' | 'daysAhead', title: string) => (
    <AtInput name={`${svc.serviceId}-${key}`} title={title} type='number' value={String(rules[key])} onChange={(v: string | number) => setRules({ ...rules, [key]: int(v) })} />
  );
  return (
    <View className='card' data-testid='service-editor'>
      <Text className='card-title'>{svc.name}</Text>
      <Text className='muted'>{svc.confirmedOn ? `工作人员于 ${svc.confirmedOn} 确认` : '尚未确认'}</Text>
      <TextAreaField label='说明' placeholder={svc.hint} max={200} value={note} onChange={setNote} />
      <Toggle title='有单独的服务时间' checked={ownHours} onChange={setOwnHours} />
      {ownHours ? <WeekEditor name={`${svc.serviceId}-hours`} value={week} onChange={setWeek} /> : null}
      <Toggle title='接受预约' checked={bookable} onChange={setBookable} />
      {bookable ? (
        <>
          <Text className='muted'>预约时段：每行一天，如 09:00-10:00×6（×6 表示可约 6 人），空着表示当天不约。</Text>
          {slotLines.map((line, i) => (
            <AtInput
              key={i}
              name={`${svc.serviceId}-slots-${i}`}
              title={weekdayName(i)}
              placeholder='不约'
              value={line}
              onChange={(v: string | number) => setSlotLines(slotLines.map((x, j) => (j === i ? String(v) : x)))}
            />
          ))}
          {num('perPersonPerDay', '每人每天限约')}
          {num('maxPeople', '每单最多人数')}
          {num('cancelBeforeMinutes', '提前几分钟可取消')}
          {num('daysAhead', '可提前几天预约')}
          <Toggle title='约满后可候补' checked={rules.waitlist} onChange={(waitlist) => setRules({ ...rules, waitlist })} />
        </>
      ) : null}
      <View className='actions'>
        <AtButton type='primary' size='small' loading={busy} disabled={busy} onClick={save}>
          保存并确认
        </AtButton>
        <AtButton size='small' disabled={busy} onClick={() => void remove()}>
          停止提供
        </AtButton>
      </View>
    </View>
  );
}
