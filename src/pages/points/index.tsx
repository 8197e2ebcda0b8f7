import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton, AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { EmptyState } from '@/components/empty-state';
import { SignInPrompt } from '@/features/auth/sign-in-prompt';
import { beforeData, Loading } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { hasRole, useMe } from '@/features/account/me-store';
import '@/features/points/claim-outbox';
import { SummaryCard } from '@/features/points/components/summary-card';
import { LedgerRow } from '@/features/points/components/ledger-row';
import { useOutbox } from '@/offline/outbox';
import { go } from '@/ui/navigate';
import './index.scss';

function PointsHome() {
  const summary = useRemote(() => call('points', 'summary'), [], { cache: 'points.summary' });
  const waiting = useOutbox('points.claim').filter((e) => e.status === 'waiting').length;
  const gate = beforeData(summary);
  if (gate) return gate;
  const s = summary.data!;
  const claimsNote = [s.pendingClaims ? `${s.pendingClaims} 条待审核` : '', waiting ? `${waiting} 条待发送` : ''].filter(Boolean).join('，');
  return (
    <>
      <SummaryCard summary={s} />
      <DataAge savedAt={summary.savedAt} />
      <View className='actions actions--page'>
        <AtButton type='primary' className='points-page__claim' onClick={() => go('/packages/points/pages/claim/index')}>
          申报积分
        </AtButton>
      </View>
      <AtList>
        <AtListItem title='我的申报' note={claimsNote || undefined} arrow='right' onClick={() => go('/packages/points/pages/my-claims/index')} />
        <AtListItem title='积分明细' arrow='right' onClick={() => go('/packages/points/pages/ledger/index')} />
        <AtListItem title='排行榜' arrow='right' onClick={() => go('/packages/points/pages/ranking/index')} />
      </AtList>
      <Text className='section-title'>最近记录</Text>
      {s.recent.length === 0 ? (
        <Text className='load-more'>今年还没有积分记录，去申报第一条吧。</Text>
      ) : (
        s.recent.map((e) => <LedgerRow key={e.id} entry={e} />)
      )}
    </>
  );
}

function PointsBody() {
  const { me, signedIn, loading } = useMe();
  if (!signedIn) {
    return <SignInPrompt title='登录后查看积分' description='党员登录并加入所在支部后，可在这里登记和查看积分。' />;
  }
  if (!me) return <Loading />;
  if (!hasRole(me, 'member') && me.pendingJoin) {
    // The applicant's own request, where they will look for it: not an invitation to apply again.
    return (
      <>
        <EmptyState title='入支部申请审核中' description={`已申请加入「${me.pendingJoin.branchName}」，支部书记审核通过后即可在这里登记积分。`} />
        <View className='actions actions--page'>
          <AtButton className='points-page__claim' onClick={() => Taro.switchTab({ url: '/pages/me/index' })} loading={loading}>
            查看申请
          </AtButton>
        </View>
      </>
    );
  }
  if (!hasRole(me, 'member')) {
    return (
      <>
        <EmptyState title='加入党支部后可登记积分' description='党员量化积分按支部管理：请先在「我的」中加入所在党支部。' />
        <View className='actions actions--page'>
          <AtButton className='points-page__claim' onClick={() => Taro.switchTab({ url: '/pages/me/index' })} loading={loading}>
            去加入党支部
          </AtButton>
        </View>
      </>
    );
  }
  return <PointsHome />;
}

export default function PointsPage() {
  return (
    <Screen>
      <PointsBody />
    </Screen>
  );
}
