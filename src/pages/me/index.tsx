import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
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
import { CertificateReminderBanner } from '@/features/certificates/components/reminder-banner';
import { CERTIFICATES_URL, MY_BOOKINGS_URL } from '@/features/stations/routes';
import { MyDataEntries } from '@/features/privacy/components/my-data';
import { go } from '@/ui/navigate';
import { SignInPrompt } from '@/features/auth/sign-in-prompt';
import './index.scss';

function MeBody() {
  const { me, loading, error, signedIn, refresh } = useMe();
  const [editing, setEditing] = useState(false);

  if (!signedIn) return <SignInPrompt title='登录后查看个人资料' description='党员登录后可加入所在支部、登记积分；船员可预约驿站服务。' />;
  if (!me && loading) return <Loading />;
  if (!me) return error ? <ErrorState error={error} onRetry={refresh} /> : <Loading />;

  // Station staff come to 我的 for their work: its entry comes first, right under their name.
  const workFirst = hasRole(me, 'station_staff');
  const work = (
    <View className='me-page__section'>
      <AdminEntries me={me} />
    </View>
  );
  return (
    <>
      {editing ? <ProfileEditor me={me} onDone={() => setEditing(false)} /> : <ProfileCard me={me} />}
      {workFirst ? work : null}
      {!editing ? (
        <AtList>
          <AtListItem title='完善资料' note='姓名、头像、手机号' arrow='right' onClick={() => setEditing(true)} />
        </AtList>
      ) : null}
      <CertificateReminderBanner />
      <View className='me-page__section'>
        <AtList>
          <AtListItem title='我的证书' note='证书到期提醒、办理要带的材料' arrow='right' onClick={() => go(CERTIFICATES_URL)} />
          <AtListItem title='我的预约' note='驿站服务预约与预约码' arrow='right' onClick={() => go(MY_BOOKINGS_URL)} />
        </AtList>
      </View>
      {!hasRole(me, 'member') ? <JoinBranch me={me} /> : <MessagesEntry />}
      {workFirst ? null : work}
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
