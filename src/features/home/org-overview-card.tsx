import { Text, View } from '@tarojs/components';
import type { HomeSection } from '@contracts/home';
import { go } from '@/ui/navigate';
import { HomeCard, Stat } from './home-card';

type Overview = Extract<HomeSection, { kind: 'orgOverview' }>;

/** The org admin's organisation at a glance; 组织概况 has the charts. */
export function OrgOverviewCard({ o }: { o: Overview }) {
  const charts = () => go('/packages/brands/pages/overview/index');
  return (
    <HomeCard title={`${o.year}年组织概况`} more='图表' onMore={charts} testId='home-overview'>
      <View className='home-card__stats'>
        <Stat value={o.members} label='党员（名）' onTap={charts} />
        <Stat value={o.volunteerHours} label='志愿服务（小时）' onTap={charts} />
        <Stat value={o.activitiesHeld} label='志愿活动（场）' onTap={charts} />
        <Stat value={o.averagePoints} label='人均积分' onTap={charts} />
      </View>
      <View className='home-card__stats'>
        <Stat value={o.claims} label='积分待审核' alert={o.claims > 0} onTap={() => go('/packages/admin/pages/claims/index')} />
        <Stat value={o.joins} label='入支部申请' alert={o.joins > 0} onTap={() => go('/packages/admin/pages/org/index')} />
      </View>
      <Text className='home-card__link' data-tap='manage-brands' onClick={() => go('/packages/brands/pages/manage/index')}>
        品牌管理与发布
      </Text>
    </HomeCard>
  );
}
