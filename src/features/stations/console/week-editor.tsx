import { Text, View } from '@tarojs/components';
import { AtInput } from 'taro-ui';
import { weekdayName } from '../format';

/** Seven lines of typed hours, Monday first (see hours-text.ts); an empty line is 休息. */
export function WeekEditor({ value, onChange, name }: { value: string[]; onChange: (v: string[]) => void; name: string }) {
  return (
    <View>
      <Text className='muted'>每行填一天的时段，如 08:00-12:00，14:00-18:00；跨夜写 20:00-06:00；空着表示休息。</Text>
      {value.map((t, i) => (
        <AtInput
          key={i}
          name={`${name}-${i}`}
          title={weekdayName(i)}
          placeholder='休息'
          value={t}
          onChange={(v: string | number) => onChange(value.map((x, j) => (j === i ? String(v) : x)))}
        />
      ))}
    </View>
  );
}
