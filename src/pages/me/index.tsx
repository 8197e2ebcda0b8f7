import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton, AtList, AtListItem } from 'taro-ui';
import { ErrorState, Loading } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useMe, hasRole } from '@/features/account/me-store';
import { ProfileCard } from '@/features/account/components/profile-card';
import { ProfileEditor } from '@/features/account/components/profile-editor';
import { JoinBranch } from '@/features/account/components/join-branch';
import { AdminEntries } from '@/features/account/components/admin-entries';
import { signOut } from '@/features/auth/api';
import { MessagesEntry } from '@/features/points/components/messages-entry';
import { MyDataEntries } from '@/features/privacy/components/my-data';
import { go } from '@/ui/navigate';
import './index.scss';

function MeBody() {
  const { me, loading, error, signedIn, refresh } = useMe();
  const [editing, setEditing] = useState(false);

  if (!signedIn) {
    return (
      <View className='me-page__signin'>
        <Text className='me-page__signin-text'>登录后查看个人资料、加入党支部</Text>
        <AtButton type='primary' onClick={() => go('/pages/login/index')}>
          登录
        </AtButton>
      </View>
    );
  }
  if (!me && loading) return <Loading />;
  if (!me) return error ? <ErrorState error={error} onRetry={refresh} /> : <Loading />;

  return (
    <>
      {editing ? <ProfileEditor me={me} onDone={() => setEditing(false)} /> : <ProfileCard me={me} />}
      {!editing ? (
        <AtList>
          <AtListItem title='完善资料' note='姓名、头像、手机号' arrow='right' onClick={() => setEditing(true)} />
        </AtList>
      ) : null}
      {!hasRole(me, 'member') ? <JoinBranch me={me} /> : <MessagesEntry />}
      <View className='me-page__section'>
        <AdminEntries me={me} />
      </View>
      <View className='me-page__section'>
        <MyDataEntries />
      </View>
      {process.env.TARO_ENV !== 'weapp' ? (
        <View className='actions actions--page'>
          <AtButton
            className='me-page__signout'
            onClick={() => {
              signOut();
              void Taro.reLaunch({ url: '/pages/login/index' });
            }}
          >
            退出登录
          </AtButton>
        </View>
      ) : null}
    </>
  );
}

export default function MePage() {
  return (
    <Screen>
      <MeBody />
    </Screen>
  );
}
