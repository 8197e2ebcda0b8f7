import { Text, View } from '@tarojs/components';
import type { HoursException, WeekHours } from '@contracts/stations-hours';
import { chinaDate, weekdayOf } from '@contracts/stations-hours';
import { dayLabel, spansText, weekdayName } from '../format';
import './week-hours.scss';

/** 开放时间: the seven days (today marked), then the dated exceptions of the coming two weeks. */
export function WeekHoursTable({ hours, exceptions, now }: { hours: WeekHours; exceptions: readonly HoursException[]; now: number }) {
  const today = chinaDate(now);
  const todayIndex = weekdayOf(today);
  const ahead = exceptions.filter((e) => e.date >= today);
  return (
    <View className='week-hours'>
      {hours.map((spans, i) => (
        <View key={i} className={`week-hours__row${i === todayIndex ? ' week-hours__row--today' : ''}`}>
          <Text className='week-hours__day'>{i === todayIndex ? `${weekdayName(i)}（今天）` : weekdayName(i)}</Text>
          <Text className='week-hours__spans'>{spansText(spans)}</Text>
        </View>
      ))}
      {ahead.length ? <Text className='week-hours__title'>特殊日期</Text> : null}
      {ahead.map((e) => (
        <View key={e.date} className={`week-hours__row${e.date === today ? ' week-hours__row--today' : ''}`}>
          <Text className='week-hours__day'>{e.date === today ? `今天 ${dayLabel(e.date)}` : dayLabel(e.date)}</Text>
          <Text className='week-hours__spans'>
            {e.spans.length ? spansText(e.spans) : '闭站'}
            {e.note ? `（${e.note}）` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}
