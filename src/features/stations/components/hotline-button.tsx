import { Text, View } from '@tarojs/components';
import { callNumber, DISTRESS_NUMBER } from '../phone';
import './hotline-button.scss';

/**
 * 12395 水上遇险求救, one tap to call: the 驿站 tab, the 求助 page and the home page show it.
 * `big` on the 求助 page; the slim bar elsewhere.
 */
export function HotlineButton({ big = false }: { big?: boolean }) {
  return (
    <View className={`hotline-button${big ? ' hotline-button--big' : ''}`} data-tap='call-12395' onClick={() => callNumber(DISTRESS_NUMBER)}>
      <Text className='hotline-button__number'>{DISTRESS_NUMBER}</Text>
      <Text className='hotline-button__label'>水上遇险求救 · 点击拨打</Text>
    </View>
  );
}
