import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { go } from '@/ui/navigate';
import './entries.scss';

const ENTRIES = [
  { glyph: '积', name: '积分', open: () => Taro.switchTab({ url: '/pages/points/index' }) },
  { glyph: '站', name: '驿站', open: () => Taro.switchTab({ url: '/pages/stations/index' }) },
  { glyph: '品', name: '品牌', open: () => go('/packages/brands/pages/matrix/index') },
  { glyph: '志', name: '志愿', open: () => Taro.switchTab({ url: '/pages/volunteer/index' }) },
] as const;

/** The four parts of the app, one tap each. */
export function HomeEntries() {
  return (
    <View className='home-entries'>
      {ENTRIES.map((e) => (
        <View key={e.name} className='home-entries__entry' data-tap='entry' data-testid={`entry-${e.name}`} onClick={() => void e.open()}>
          <Text className='home-entries__glyph'>{e.glyph}</Text>
          <Text className='home-entries__name'>{e.name}</Text>
        </View>
      ))}
    </View>
  );
}
