import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { AtList, AtListItem, AtSegmentedControl } from 'taro-ui';
import { call } from '@/api/client';
import { usePaged } from '@/hooks/use-paged';
import { PagedFooter } from '@/features/points/components/paged-footer';
import { signupLabel, timeRange } from '@/features/volunteer/format';

const WHEN = ['upcoming', 'ongoing', 'past'] as const;

/** 我的活动: upcoming, ongoing and past, with my status and credited hours. */
export default function MyActivitiesPage() {
  const [tab, setTab] = useState(0);
  const list = usePaged((cursor) => call('volunteer', 'myActivities', { when: WHEN[tab]!, cursor }), [tab]);
  return (
    <View className='page'>
      <View className='card'>
        <AtSegmentedControl values={['即将开始', '进行中', '已结束']} current={tab} onClick={setTab} />
      </View>
      <AtList>
        {list.items.map((a) => (
          <AtListItem
            key={a.id}
            title={a.title}
            note={timeRange(a.startAt, a.endAt)}
            extraText={a.mine?.hours != null ? `${a.mine.hours} 小时` : signupLabel(a)}
            arrow='right'
            onClick={() => Taro.navigateTo({ url: `/packages/volunteer/pages/detail/index?id=${a.id}` })}
          />
        ))}
      </AtList>
      <PagedFooter {...list} count={list.items.length} empty='这里还没有活动' onMore={list.loadMore} />
    </View>
  );
}
