import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { StarInfo } from '@contracts/points';
import { starsText } from '@/features/points/format';
import { go } from '@/ui/navigate';
import { HomeCard } from './home-card';
import './points-card.scss';

/** This year's points, the star, and how far the next star is. */
export function PointsCard({ year, total, star, nextStar }: { year: number; total: number; star: StarInfo | null; nextStar: (StarInfo & { missing: number }) | null }) {
  const base = star?.minPoints ?? 0;
  const percent = nextStar ? Math.max(0, Math.min(100, Math.round(((total - base) / (nextStar.minPoints - base)) * 100))) : 100;
  return (
    <HomeCard title={`${year} 年度积分`} more='积分' onMore={() => void Taro.switchTab({ url: '/pages/points/index' })} testId='home-points'>
      <View className='points-card__row'>
        <Text className='points-card__total' data-testid='home-points-total'>
          {total}
        </Text>
        <Text className='points-card__stars'>{starsText(star?.stars ?? 0)}</Text>
      </View>
      {nextStar ? (
        <View className='points-card__gap' data-tap='gap' onClick={() => go('/packages/points/pages/gap/index')}>
          <Text className='home-card__line'>
            距 {nextStar.stars} 星还差 {nextStar.missing} 分 ›
          </Text>
          {/* The bar's width is the data: the one inline style here. */}
          <View className='points-card__track'>
            <View className='points-card__bar' style={{ width: `${percent}%` }} />
          </View>
        </View>
      ) : (
        <Text className='home-card__line'>已达最高星级</Text>
      )}
      <Text className='home-card__link' data-tap='claim' onClick={() => go('/packages/points/pages/claim/index')}>
        申报积分
      </Text>
    </HomeCard>
  );
}
