import { Picker, Text, View } from '@tarojs/components';
import './date-time-row.scss';

/**
 * One form row for a moment: its date and its time, each a picker of its own (WeChat has no
 * combined one), kept inside `start`…`end` so no past or far-off date can be picked.
 */
export function DateTimeRow(p: {
  title: string;
  date: string;
  time: string;
  start: string;
  end: string;
  onDate: (date: string) => void;
  onTime: (time: string) => void;
  testId?: string;
}) {
  return (
    <View className='date-time-row' data-testid={p.testId}>
      <Text className='date-time-row__title'>{p.title}</Text>
      <View className='date-time-row__values'>
        <Picker mode='date' value={p.date} start={p.start} end={p.end} onChange={(e) => p.onDate(String(e.detail.value))}>
          <View className='date-time-row__value' data-tap='date'>
            {p.date}
          </View>
        </Picker>
        <Picker mode='time' value={p.time} onChange={(e) => p.onTime(String(e.detail.value))}>
          <View className='date-time-row__value' data-tap='time'>
            {p.time}
          </View>
        </Picker>
      </View>
    </View>
  );
}
