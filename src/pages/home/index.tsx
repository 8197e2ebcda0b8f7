import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '@contracts/account';
import { Screen } from '@/components/screen';
import { useMe } from '@/features/account/me-store';
import { go } from '@/ui/navigate';
import './index.scss';

/** The four parts; those that are open lead to their tab, the others say honestly they are coming. */
const PARTS: Array<{ title: string; desc: string; tab?: string }> = [
  { title: '党员量化积分', desc: '学习、组织生活、志愿服务，积分有据可查', tab: '/pages/points/index' },
  { title: '志愿服务', desc: '报名、签到、服务时长与积分自动记录', tab: '/pages/volunteer/index' },
  { title: '船员驿站', desc: '证书帮办、健康问诊、法律咨询，就近预约' },
  { title: '党建品牌', desc: '一支部一品牌、书记项目、党建联盟' },
];

function Greeting() {
  const { me, signedIn } = useMe();
  if (!signedIn) {
    return (
      <Text className='home__greeting home__greeting--link' data-tap='login' onClick={() => go('/pages/login/index')}>
        登录后使用全部功能 ›
      </Text>
    );
  }
  if (!me) return null;
  const role = me.profile.roles.includes('member') ? ROLE_LABELS.member : ROLE_LABELS.crew;
  return (
    <Text className='home__greeting'>
      你好，{me.profile.name || role}
      {me.branch ? ` · ${me.branch.name}` : ''}
    </Text>
  );
}

export default function HomePage() {
  return (
    <Screen className='home'>
      <View className='home__banner'>
        <Text className='home__name'>红帆</Text>
        <Text className='home__slogan'>港航党建与船员服务</Text>
        <Greeting />
      </View>
      {PARTS.map((p) => (
        <View
          key={p.title}
          className={`home__part${p.tab ? '' : ' home__part--soon'}`}
          data-tap={p.tab ? 'part' : undefined}
          onClick={p.tab ? () => Taro.switchTab({ url: p.tab! }) : undefined}
        >
          <Text className='home__part-title'>{p.title}</Text>
          <Text className='home__part-desc'>{p.desc}</Text>
          <Text className='home__part-state'>{p.tab ? '进入 ›' : '即将开放'}</Text>
        </View>
      ))}
    </Screen>
  );
}
