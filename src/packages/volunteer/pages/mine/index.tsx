import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { AtList, AtListItem, AtSegmentedControl } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { PagedFooter } from '@/components/paged-footer';
import { Screen } from '@/components/screen';
import { usePaged } from '@/hooks/use-paged';
import { useRemote } from '@/hooks/use-remote';
import { Headline } from '@/components/headline';
import { primeActivities } from '@/features/volunteer/cache';
import { signupLabel, timeRange } from '@/features/volunteer/format';
import { go } from '@/ui/navigate';

const WHEN = ['upcoming', 'ongoing', 'past'] as const;

/** 我的活动: upcoming, ongoing and past, with my status and credited hours. */
export default function MyActivitiesPage() {
  const [tab, setTab] = useState(0);
  const list = usePaged((cursor) => call('volunteer', 'myActivities', { when: WHEN[tab]!, cursor }), [tab], { cache: 'volunteer.mine' });
  useEffect(() => primeActivities(list.items, list.savedAt), [list.items, list.savedAt]);
  const hours = useRemote(() => call('volunteer', 'myHours'), [], { cache: 'volunteer.myHours' });
  return (
    <Screen>
      {hours.data ? (
        <Headline testId='my-hours' label={`累计服务时长（${hours.data.activities} 次活动）`} value={`${hours.data.hours} 小时`} />
      ) : null}
      <View className='card'>
        <AtSegmentedControl values={['即将开始', '进行中', '已结束']} current={tab} onClick={setTab} />
      </View>
      <DataAge savedAt={list.savedAt} />
      <AtList>
        {list.items.map((a) => (
          <AtListItem
            key={a.id}
            title={a.title}
            note={timeRange(a.startAt, a.endAt)}
            extraText={a.mine?.hours != null ? `${a.mine.hours} 小时` : signupLabel(a)}
            arrow='right'
            onClick={() => go(`/packages/volunteer/pages/detail/index?id=${a.id}`)}
          />
        ))}
      </AtList>
      <PagedFooter list={list} empty='这里还没有活动' />
    </Screen>
  );
}
