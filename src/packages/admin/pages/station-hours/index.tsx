import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtList, AtListItem } from 'taro-ui';
import type { HoursException, StationDetail } from '@contracts/stations';
import { chinaDate } from '@contracts/stations-hours';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { ClosureEditor } from '@/features/stations/console/closure-editor';
import { ConsolePage } from '@/features/stations/console/console-page';
import { parseSpans } from '@/features/stations/console/hours-text';
import { parseWeek, weekToText } from '@/features/stations/console/parse-week';
import { WeekEditor } from '@/features/stations/console/week-editor';
import { dayLabel, spansText } from '@/features/stations/format';
import { notify } from '@/ui/feedback';

/** 开放时间: the week and the dated exceptions (holidays), saved together. */
function HoursEditor({ s, onSaved }: { s: StationDetail; onSaved: () => void }) {
  const today = chinaDate(Date.now());
  const [week, setWeek] = useState(weekToText(s.hours));
  const [exceptions, setExceptions] = useState<HoursException[]>(s.exceptions.filter((e) => e.date >= today));
  const [date, setDate] = useState(today);
  const [spans, setSpans] = useState('');
  const [note, setNote] = useState('');
  const { busy, run } = useBusy();
  const addException = () => {
    const r = parseSpans(spans);
    if ('error' in r) return notify(r.error);
    setExceptions([...exceptions.filter((e) => e.date !== date), { date, spans: r.spans, note: note.trim() }].sort((a, b) => a.date.localeCompare(b.date)));
    setSpans('');
    setNote('');
  };
  const save = () => {
    const parsed = parseWeek(week);
    if ('error' in parsed) return notify(parsed.error);
    void run(async () => {
      await call('stations', 'setHours', { stationId: s.id, hours: parsed.hours, exceptions });
      notify('已保存', { done: true });
      onSaved();
    }, '保存');
  };
  return (
    <>
      <Text className='section-title'>每周开放时间</Text>
      <View className='card'>
        <WeekEditor name='week' value={week} onChange={setWeek} />
      </View>
      <Text className='section-title'>特殊日期（节假日）</Text>
      <View className='card'>
        {exceptions.length === 0 ? <Text className='muted'>没有特殊日期</Text> : null}
        {exceptions.map((e) => (
          <View key={e.date} className='console__booking'>
            <Text className='console__who'>
              {dayLabel(e.date)} {e.spans.length ? spansText(e.spans) : '闭站'}
              {e.note ? `（${e.note}）` : ''}
            </Text>
            <View className='actions'>
              <AtButton size='small' onClick={() => setExceptions(exceptions.filter((x) => x.date !== e.date))}>
                删除
              </AtButton>
            </View>
          </View>
        ))}
        <AtList hasBorder={false}>
          <Picker mode='date' value={date} start={today} onChange={(e) => setDate(String(e.detail.value))}>
            <AtListItem title='日期' extraText={dayLabel(date)} arrow='right' />
          </Picker>
        </AtList>
        <AtInput name='ex-spans' title='时段' placeholder='空着表示闭站' value={spans} onChange={(v: string | number) => setSpans(String(v))} />
        <AtInput name='ex-note' title='说明' placeholder='如 春节' maxlength={20} value={note} onChange={(v: string | number) => setNote(String(v))} />
        <View className='actions'>
          <AtButton size='small' onClick={addException}>
            加入特殊日期
          </AtButton>
        </View>
      </View>
      <View className='actions actions--page'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={save}>
          保存开放时间
        </AtButton>
      </View>
    </>
  );
}

export default function StationHoursPage() {
  return (
    <ConsolePage>
      {(s, reload) => (
        <>
          <ClosureEditor s={s} onSaved={reload} />
          <HoursEditor key={JSON.stringify([s.hours, s.exceptions])} s={s} onSaved={reload} />
        </>
      )}
    </ConsolePage>
  );
}
