import { Text, View } from '@tarojs/components';
import { go } from '@/ui/navigate';
import { HomeCard, Stat } from './home-card';

/** A secretary's waiting work: claims to decide, join requests, activities that ended and wait to be closed. */
export function BranchTodoCard({ claims, joins, toClose, firstToClose }: { claims: number; joins: number; toClose: number; firstToClose: { id: string; title: string } | null }) {
  return (
    <HomeCard title='支部待办' more='支部概况' onMore={() => go('/packages/brands/pages/overview/index')} testId='home-todo'>
      <View className='home-card__stats'>
        <Stat value={claims} label='积分待审核' alert={claims > 0} onTap={() => go('/packages/admin/pages/claims/index')} />
        <Stat value={joins} label='入支部申请' alert={joins > 0} onTap={() => go('/packages/admin/pages/branch/index')} />
        <Stat
          value={toClose}
          label='活动待结束'
          alert={toClose > 0}
          onTap={firstToClose ? () => go(`/packages/volunteer/pages/detail/index?id=${firstToClose.id}`) : undefined}
        />
      </View>
      {firstToClose ? <Text className='home-card__line'>“{firstToClose.title}”已结束，结束活动后记录时长和积分</Text> : null}
      {claims + joins + toClose === 0 ? <Text className='home-card__line'>没有等你处理的事项</Text> : null}
    </HomeCard>
  );
}
