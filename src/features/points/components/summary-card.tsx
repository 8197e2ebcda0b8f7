import { Text, View } from '@tarojs/components';
import { AtProgress } from 'taro-ui';
import type { PointsSummary } from '@contracts/points';
import { starsText } from '@/features/points/format';
import { TOKENS } from '@/styles/tokens';
import { go } from '@/ui/navigate';
import './summary-card.scss';

/** This year's total, star, ranks and the gap to the next star. */
export function SummaryCard({ summary }: { summary: PointsSummary }) {
  const { total, star, nextStar, branchRank, branchSize, orgRank, orgSize, year } = summary;
  const base = star?.minPoints ?? 0;
  const percent = nextStar ? Math.max(0, Math.min(100, Math.round(((total - base) / (nextStar.minPoints - base)) * 100))) : 100;
  return (
    <View className='summary-card'>
      <Text className='summary-card__year'>{year} 年度积分</Text>
      <Text className='summary-card__total' data-testid='points-total'>
        {total}
      </Text>
      <Text className='summary-card__stars' data-testid='points-stars'>
        {starsText(star?.stars ?? 0)}
      </Text>
      <View className='summary-card__ranks'>
        <Text data-testid='branch-rank'>支部排名 {branchRank ? `${branchRank} / ${branchSize}` : '—'}</Text>
        <Text>全单位 {orgRank ? `${orgRank} / ${orgSize}` : '—'}</Text>
      </View>
      <View className='summary-card__gap' data-tap='gap' onClick={() => go('/packages/points/pages/gap/index')}>
        {nextStar ? (
          <>
            <Text className='summary-card__gap-text'>
              距 {nextStar.stars} 星还差 {nextStar.missing} 分 ›
            </Text>
            <AtProgress percent={percent} isHidePercent color={TOKENS.gold} />
          </>
        ) : (
          <Text className='summary-card__gap-text'>已达最高星级</Text>
        )}
      </View>
    </View>
  );
}
