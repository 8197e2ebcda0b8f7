import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { StationDetail } from '@contracts/stations';
import { navigateTo } from '../navigate-to';
import { callNumber } from '../phone';
import './station-page.scss';

/** Call each line, navigate there, and how to arrive by water (mooring, the 交通船). */
export function StationContact({ s }: { s: StationDetail }) {
  const water = [
    s.arrival.mooring ? `靠泊：${s.arrival.mooring}` : '',
    s.arrival.shuttle ? `交通船：${s.arrival.shuttle}` : '',
    s.arrival.note ? s.arrival.note : '',
  ].filter(Boolean);
  return (
    <>
      <View className='actions actions--page'>
        {s.phones.map((p) => (
          <AtButton key={p.number} type='primary' size='small' className='station-page__call' onClick={() => callNumber(p.number)}>
            拨打{p.label} {p.number}
          </AtButton>
        ))}
        <AtButton size='small' onClick={() => void navigateTo(s)}>
          导航到这里
        </AtButton>
      </View>
      {water.length ? (
        <View className='card'>
          <Text className='card-title'>水上到达</Text>
          {water.map((w) => (
            <Text key={w} className='station-page__line'>
              {w}
            </Text>
          ))}
        </View>
      ) : null}
    </>
  );
}
