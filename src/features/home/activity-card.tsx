import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import type { HomeActivity } from '@contracts/home';
import { go } from '@/ui/navigate';
import { HomeCard } from './home-card';

/** The activity the member signed up for next, or where to find one. */
export function NextActivityCard({ activity: a }: { activity: HomeActivity | null }) {
  const all = () => void Taro.switchTab({ url: '/pages/volunteer/index' });
  return (
    <HomeCard title='我的下一场活动' more='志愿活动' onMore={all} testId='home-activity'>
      {a ? (
        <View data-tap='open-activity' onClick={() => go(`/packages/volunteer/pages/detail/index?id=${a.id}`)}>
          <Text className='home-card__strong'>{a.title}</Text>
          <Text className='home-card__line'>{dayjs(a.startAt).format('M月D日 ddd HH:mm')}</Text>
          <Text className='home-card__line'>
            {a.place} · {a.branchName}
            {a.waitlisted ? ' · 候补中' : ''}
          </Text>
        </View>
      ) : (
        <Text className='home-card__link' data-tap='find-activity' onClick={all}>
          还没有报名的活动，去看看可报名的志愿活动
        </Text>
      )}
    </HomeCard>
  );
}
