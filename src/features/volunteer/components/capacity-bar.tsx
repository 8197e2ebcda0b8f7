import { Text, View } from '@tarojs/components';
import { AtProgress } from 'taro-ui';
import { TOKENS } from '@/styles/tokens';

/** 已报名 N / M, 候补 K — or just a count when there is no limit. */
export function CapacityBar({ enrolled, capacity, waitlisted }: { enrolled: number; capacity: number; waitlisted: number }) {
  if (capacity === 0) return <Text className='muted capacity-label'>已报名 {enrolled} 人 · 不限名额</Text>;
  return (
    <View>
      <Text className='muted capacity-label'>
        已报名 {enrolled} / {capacity}
        {waitlisted ? ` · 候补 ${waitlisted}` : ''}
      </Text>
      <AtProgress percent={Math.min(100, Math.round((enrolled / capacity) * 100))} isHidePercent color={TOKENS.red} />
    </View>
  );
}
