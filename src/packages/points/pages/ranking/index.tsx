import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton, AtSegmentedControl } from 'taro-ui';
import type { RankingRow } from '@contracts/points';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { PointsRow, Stars } from '@/features/points/components/points-row';
import { useMe } from '@/features/account/me-store';

const PAGE_SIZE = 20;

function Row({ row, mine }: { row: RankingRow; mine?: boolean }) {
  return (
    <PointsRow
      mine={mine}
      testId={mine ? 'ranking-mine' : 'ranking-row'}
      title={`${row.rank}. ${row.name}${mine ? '（我）' : ''}`}
      meta={
        <Text>
          {row.branchName} · <Stars n={row.stars} />
        </Text>
      }
      value={`${row.total} 分`}
      tone='none'
    />
  );
}

function People({ scope }: { scope: 'branch' | 'org' }) {
  const [page, setPage] = useState(1);
  const ranking = useRemote(() => call('points', 'ranking', { scope, page, pageSize: PAGE_SIZE }), [scope, page], { cache: 'points.ranking' });
  const gate = beforeData(ranking);
  if (gate) return gate;
  const r = ranking.data!;
  return (
    <>
      <DataAge savedAt={ranking.savedAt} />
      {r.me ? (
        <>
          <Text className='section-title'>我的排名</Text>
          <Row row={r.me} mine />
        </>
      ) : null}
      <Text className='section-title'>共 {r.size} 人</Text>
      {r.rows.map((row) => (
        <Row key={row.openid} row={row} mine={row.openid === r.me?.openid} />
      ))}
      {page > 1 || page * PAGE_SIZE < r.size ? (
        <View className='actions actions--page'>
          {page > 1 ? (
            <AtButton size='small' onClick={() => setPage(page - 1)}>
              上一页
            </AtButton>
          ) : null}
          {page * PAGE_SIZE < r.size ? (
            <AtButton size='small' onClick={() => setPage(page + 1)}>
              下一页
            </AtButton>
          ) : null}
        </View>
      ) : null}
    </>
  );
}

function Branches() {
  const { me } = useMe();
  const branches = useRemote(() => call('points', 'branchRanking'), [], { cache: 'points.branchRanking' });
  const gate = beforeData(branches);
  if (gate) return gate;
  return (
    <>
      <DataAge savedAt={branches.savedAt} />
      {branches.data!.map((b) => (
        <PointsRow key={b.branchId} mine={b.branchId === me?.branch?.id} title={`${b.rank}. ${b.name}`} meta={`${b.members} 人 · 合计 ${b.total} 分`} value={`人均 ${b.average}`} tone='none' />
      ))}
    </>
  );
}

/** 排行榜: within the branch, across the organisation, and branches by average. */
export default function RankingPage() {
  const [tab, setTab] = useState(0);
  return (
    <Screen>
      <View className='card'>
        <AtSegmentedControl values={['本支部', '全单位', '支部排名']} current={tab} onClick={setTab} />
      </View>
      {tab === 2 ? <Branches /> : <People key={tab} scope={tab === 0 ? 'branch' : 'org'} />}
    </Screen>
  );
}
