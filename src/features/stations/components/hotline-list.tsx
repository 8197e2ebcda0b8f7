import { Text, View } from '@tarojs/components';
import type { Hotline } from '@contracts/stations';
import { go } from '@/ui/navigate';
import { callNumber } from '../phone';
import { stationUrl } from '../routes';
import './hotline-list.scss';

/** Each line a big row: tap anywhere on it to call; a station's line also opens its page. */
export function HotlineList({ lines }: { lines: readonly Hotline[] }) {
  return (
    <View className='hotline-list'>
      {lines.map((l) => (
        <View key={`${l.number}-${l.name}`} className='hotline-list__line'>
          <View className='hotline-list__call' data-tap='call' onClick={() => callNumber(l.number)}>
            <Text className='hotline-list__name'>{l.name}</Text>
            <Text className='hotline-list__number'>{l.number}</Text>
            {l.note ? <Text className='hotline-list__note'>{l.note}</Text> : null}
          </View>
          {l.stationId ? (
            <Text className='hotline-list__station' data-tap='station' onClick={() => go(stationUrl(l.stationId!))}>
              驿站 ›
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}
