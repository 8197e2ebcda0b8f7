import { Text, View } from '@tarojs/components';
import type { HomeRole } from '@contracts/home';
import { call } from '@/api/client';
import { getSession } from '@/api/session';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useMe } from '@/features/account/me-store';
import { HomeCarousel } from '@/features/home/carousel';
import { HomeEntries } from '@/features/home/entries';
import { lastLocation } from '@/features/home/last-location';
import { HomeSections } from '@/features/home/sections';
import { useRemote } from '@/hooks/use-remote';
import { go } from '@/ui/navigate';
import './index.scss';

const ROLE: Record<HomeRole, string> = {
  visitor: '',
  crew: '船员',
  member: '党员',
  secretary: '支部书记',
  staff: '驿站工作人员',
  admin: '管理员',
};

function Greeting({ role, name }: { role: HomeRole; name: string }) {
  const { me, signedIn } = useMe();
  if (!signedIn) {
    return (
      <Text className='home__greeting home__greeting--link' data-tap='login' onClick={() => go('/pages/login/index')}>
        登录后使用全部功能 ›
      </Text>
    );
  }
  const where = me?.branch?.name ?? me?.station?.name ?? '';
  return (
    <Text className='home__greeting'>
      你好，{name || me?.profile.name || '新朋友'}
      {ROLE[role] ? ` · ${ROLE[role]}` : ''}
      {where ? ` · ${where}` : ''}
    </Text>
  );
}

/**
 * 首页: who you are decides what is here. One home call (from the stored copy first): the
 * carousel, the four parts, then what this person needs now; with the me-store's whoami, at most
 * two function calls.
 */
export default function HomePage() {
  useMe(); // re-renders on sign-in and sign-out, so the key below follows the persona
  const who = getSession()?.openid ?? '';
  const home = useRemote(() => call('home', 'get', lastLocation()), [who], { cache: 'home' });
  const gate = beforeData(home);
  return (
    <Screen className='home'>
      <View className='home__banner'>
        <Text className='home__name'>红帆</Text>
        <Text className='home__slogan'>港航党建与船员服务</Text>
        <Greeting role={home.data?.role ?? 'visitor'} name={home.data?.name ?? ''} />
      </View>
      {home.data ? <HomeCarousel items={home.data.carousel} /> : null}
      <HomeEntries />
      <DataAge savedAt={home.savedAt} />
      {gate ?? <HomeSections sections={home.data!.sections} />}
    </Screen>
  );
}
