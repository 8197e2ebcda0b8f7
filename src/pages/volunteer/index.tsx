import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { AtButton, AtSegmentedControl } from 'taro-ui';
import { call } from '@/api/client';
import { EmptyState } from '@/components/empty-state';
import { usePaged } from '@/hooks/use-paged';
import { hasRole, useMe } from '@/features/account/me-store';
import { ActivityCard } from '@/features/volunteer/components/activity-card';
import { PagedFooter } from '@/features/points/components/paged-footer';

const FILTERS = ['open', 'mine', 'past'] as const;
const EMPTY = ['暂时没有可报名的活动', '你还没有报名活动', '还没有往期活动'];

function ActivityList() {
  const { me } = useMe();
  const [tab, setTab] = useState(0);
  const list = usePaged((cursor) => call('volunteer', 'list', { filter: FILTERS[tab]!, cursor }), [tab]);
  const organiser = hasRole(me, 'branch_admin') || hasRole(me, 'org_admin');
  return (
    <View className='page'>
      <View className='card'>
        <AtSegmentedControl values={['可报名', '我的', '往期']} current={tab} onClick={setTab} />
      </View>
      {organiser ? (
        <View style={{ padding: '24px 24px 0', display: 'flex', gap: '16px' }}>
          <AtButton size='small' type='primary' onClick={() => Taro.navigateTo({ url: '/packages/volunteer/pages/edit/index' })}>
            发布活动
          </AtButton>
        </View>
      ) : null}
      {tab === 1 ? (
        <View style={{ padding: '16px 24px 0' }}>
          <AtButton size='small' onClick={() => Taro.navigateTo({ url: '/packages/volunteer/pages/mine/index' })}>
            我的活动与服务时长
          </AtButton>
        </View>
      ) : null}
      {list.items.map((a) => (
        <ActivityCard key={a.id} activity={a} onChanged={list.reload} />
      ))}
      <PagedFooter {...list} count={list.items.length} empty={EMPTY[tab]!} onMore={list.loadMore} />
    </View>
  );
}

export default function VolunteerPage() {
  const { signedIn } = useMe();
  if (!signedIn) return <EmptyState title='登录后报名志愿活动' description='支部发布的义诊、植树、水上安全知识进校园等活动将在这里报名、签到。' />;
  return <ActivityList />;
}
