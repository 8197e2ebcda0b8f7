import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { StationSummary } from '@contracts/stations';
import { go } from '@/ui/navigate';
import { HomeCard } from './home-card';

/**
 * The nearest station open now (crew and visitors): a tap opens its page in the stations
 * subpackage, 全部驿站 the 驿站 tab.
 */
export function NearestStationCard({ station, byDistance }: { station: StationSummary | null; byDistance: boolean }) {
  const all = () => void Taro.switchTab({ url: '/pages/stations/index' }).catch(() => undefined);
  return (
    <HomeCard title={byDistance ? '最近的驿站' : '开放中的驿站'} more='全部驿站' onMore={all} testId='home-station'>
      {station ? (
        <View data-tap='open-station' data-testid='open-station' onClick={() => go(`/packages/stations/pages/station/index?id=${station.id}`)}>
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
