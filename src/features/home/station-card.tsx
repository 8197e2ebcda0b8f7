import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { StationSummary } from '@contracts/stations';
import { HomeCard } from './home-card';

/**
 * The nearest station open now (crew and visitors).
 * NOTE: a stand-in until the crew-stations branch lands its nearest-open-station card
 * (src/features/stations/): swap this component for theirs, fed the same StationSummary.
 */
export function NearestStationCard({ station, byDistance }: { station: StationSummary | null; byDistance: boolean }) {
  const open = () => void Taro.switchTab({ url: '/pages/stations/index' });
  return (
    <HomeCard title={byDistance ? '最近的驿站' : '开放中的驿站'} more='全部驿站' onMore={open} testId='home-station'>
      {station ? (
        <View data-tap='open-station' onClick={open}>
          <Text className='home-card__strong'>{station.name}</Text>
          <Text className='home-card__line'>
            {station.statusLabel}
            {station.distanceKm !== null ? ` · 约 ${station.distanceKm} 公里` : ''}
          </Text>
          <Text className='home-card__line'>{station.address}</Text>
          {!byDistance ? <Text className='home-card__line'>还没有你的位置：在驿站页定位后，这里显示离你最近的一个</Text> : null}
        </View>
      ) : (
        <Text className='home-card__line'>附近暂时没有开放中的驿站</Text>
      )}
      {station?.phone ? (
        <Text className='home-card__link' data-tap='call-station' onClick={() => void Taro.makePhoneCall({ phoneNumber: station.phone!.number })}>
          致电驿站 {station.phone.number}
        </Text>
      ) : null}
    </HomeCard>
  );
}
