import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { PositionState } from '../use-position';
import './location-note.scss';

/** What the list is ordered by, and — without a position — a gentle way to allow it. */
export function LocationNote({ pos }: { pos: PositionState }) {
  if (pos.position) return <Text className='location-note'>按离你的距离排序（大致位置）</Text>;
  if (pos.asking) return <Text className='location-note'>正在获取位置…</Text>;
  return (
    <View className='card location-note__card' data-testid='no-position'>
      <Text className='location-note__title'>{pos.refused ? '未允许获取位置' : '暂时无法获取位置'}</Text>
      <Text className='location-note__text'>可以按航道、港口查看驿站，或在“沿航道”中按里程查找。允许获取大致位置后，驿站按距离排序。</Text>
      <View className='actions'>
        <AtButton size='small' type='secondary' onClick={() => void pos.grant()}>
          允许获取位置
        </AtButton>
      </View>
    </View>
  );
}
