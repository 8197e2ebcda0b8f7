import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { HomeCard } from './home-card';
import './hotline-card.scss';

/**
 * 12395, one tap to call.
 * NOTE: a stand-in until the crew-stations branch lands its 12395 hotline button (src/features/stations/).
 */
export function HotlineCard({ name, number, note }: { name: string; number: string; note: string }) {
  return (
    <HomeCard title={name} testId='home-hotline'>
      <View className='hotline-card__call' data-tap='call-hotline' onClick={() => void Taro.makePhoneCall({ phoneNumber: number })}>
        <Text className='hotline-card__number'>拨打 {number}</Text>
      </View>
      <Text className='home-card__line'>{note}</Text>
    </HomeCard>
  );
}
