import { Text, View } from '@tarojs/components';
import { go } from '@/ui/navigate';
import { HOTLINES_URL } from '../routes';
import { HotlineButton } from './hotline-button';
import './help-card.scss';

/** For the home page and the 驿站 tab: 12395 one tap away, and the 求助 page (what to say, other lines) one more. */
export function HelpCard() {
  return (
    <View className='help-card'>
      <HotlineButton />
      <Text className='help-card__more' data-tap='hotlines' onClick={() => go(HOTLINES_URL)}>
        求助电话与报警要点 ›
      </Text>
    </View>
  );
}
