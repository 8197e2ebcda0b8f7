import { Text, View } from '@tarojs/components';
import './chips.scss';

export interface Chip<T extends string> {
  value: T;
  label: string;
}

/** A wrapping row of choices (filters, days, waterways): one selected; tapping it again clears it when `clearable`. */
export function Chips<T extends string>(p: { options: Array<Chip<T>>; value: T | null; onChange: (v: T | null) => void; clearable?: boolean }) {
  return (
    <View className='chips'>
      {p.options.map((o) => {
        const on = o.value === p.value;
        return (
          <Text
            key={o.value}
            className={`chips__chip${on ? ' chips__chip--on' : ''}`}
            data-tap='chip'
            aria-pressed={on}
            onClick={() => p.onChange(on && p.clearable ? null : o.value)}
          >
            {o.label}
          </Text>
        );
      })}
    </View>
  );
}
