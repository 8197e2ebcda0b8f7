import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { AtButton, AtSegmentedControl } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { SignInPrompt } from '@/features/auth/sign-in-prompt';
import { PagedFooter } from '@/components/paged-footer';
import { Screen } from '@/components/screen';
import { usePaged } from '@/hooks/use-paged';
import { hasRole, useMe } from '@/features/account/me-store';
import { ActivityCard } from '@/features/volunteer/components/activity-card';
import { primeActivities } from '@/features/volunteer/cache';
import { go } from '@/ui/navigate';

const FILTERS = ['open', 'mine', 'past'] as const;
const EMPTY = ['暂时没有可报名的活动', '你还没有报名活动', '还没有往期活动'];

function ActivityList() {
  const { me } = useMe();
  const [tab, setTab] = useState(0);
  // Each filter has its own stored first page: switching offline shows that filter's items, never another's.
  const list = usePaged((cursor) => call('volunteer', 'list', { filter: FILTERS[tab]!, cursor }), [tab], { cache: 'volunteer.list' });
  const organiser = hasRole(me, 'branch_admin') || hasRole(me, 'org_admin');
  useEffect(() => primeActivities(list.items, list.savedAt), [list.items, list.savedAt]);
  return (
    <>
      <View className='card'>
        <AtSegmentedControl values={['可报名', '我的', '往期']} current={tab} onClick={setTab} />
      </View>
      <DataAge savedAt={list.savedAt} />
      {organiser || tab === 1 ? (
        <View className='actions actions--page'>
          {organiser ? (
            <AtButton size='small' type='primary' onClick={() => go('/packages/volunteer/pages/edit/index')}>
              发布活动
            </AtButton>
          ) : null}
          {tab === 1 ? (
            <AtButton size='small' onClick={() => go('/packages/volunteer/pages/mine/index')}>
              我的活动与服务时长
            </AtButton>
          ) : null}
        </View>
      ) : null}
      {list.items.map((a) => (
        <ActivityCard key={a.id} activity={a} onChanged={list.reload} />
      ))}
      <PagedFooter list={list} empty={EMPTY[tab]!} />
    </>
  );
}

function VolunteerBody() {
  const { signedIn } = useMe();
  if (!signedIn) return <SignInPrompt title='登录后报名志愿活动' description='支部发布的义诊、植树、水上安全知识进校园等活动将在这里报名、签到。' />;
  return <ActivityList />;
}

export default function VolunteerPage() {
  return (
    <Screen>
      <VolunteerBody />
    </Screen>
  );
}
