import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { go } from '@/ui/navigate';
import { HomeCard } from './home-card';
import './hotline-card.scss';

/** 12395, one tap to call; 求助 (the stations subpackage) has the what-to-say card and the lines nearby. */
export function HotlineCard({ name, number, note }: { name: string; number: string; note: string }) {
  return (
    <HomeCard title={name} more='求助' onMore={() => go('/packages/stations/pages/hotlines/index')} testId='home-hotline'>
      <View className='hotline-card__call' data-tap='call-hotline' onClick={() => void Taro.makePhoneCall({ phoneNumber: number })}>
        <Text className='hotline-card__number'>拨打 {number}</Text>
      </View>
      <Text className='home-card__line'>{note}</Text>
    </HomeCard>
  );
}
