import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtList, AtListItem, AtSegmentedControl } from 'taro-ui';
import type { RankingRow } from '@contracts/points';
import { call } from '@/api/client';
import { ErrorState, Loading } from '@/components/page-state';
import { useRemote } from '@/hooks/use-remote';
import { starsText } from '@/features/points/format';

const PAGE_SIZE = 20;

function Row({ row, mine }: { row: RankingRow; mine?: boolean }) {
  return (
    <AtListItem
      title={`${row.rank}. ${row.name}${mine ? '（我）' : ''}`}
      note={`${row.branchName} · ${starsText(row.stars)}`}
      extraText={`${row.total} 分`}
    />
  );
}

/** 排行榜: within the branch, across the organisation, and branches by average. */
export default function RankingPage() {
  const [tab, setTab] = useState(0);
  const [page, setPage] = useState(1);
  const scope = tab === 0 ? 'branch' : 'org';
  const ranking = useRemote(
    () => (tab === 2 ? Promise.resolve(null) : call('points', 'ranking', { scope, page, pageSize: PAGE_SIZE })),
    [tab, page],
  );
  const branches = useRemote(() => (tab === 2 ? call('points', 'branchRanking') : Promise.resolve(null)), [tab]);
  const current = tab === 2 ? branches : ranking;
  const r = ranking.data;
  return (
    <View className='page'>
      <View className='card'>
        <AtSegmentedControl
          values={['本支部', '全单位', '支部排名']}
          current={tab}
          onClick={(i: number) => {
            setTab(i);
            setPage(1);
          }}
        />
      </View>
      {current.loading && !current.data ? <Loading /> : null}
      {current.error ? <ErrorState error={current.error} onRetry={current.reload} /> : null}
      {tab !== 2 && r ? (
        <>
          {r.me ? (
            <AtList>
              <Row row={r.me} mine />
            </AtList>
          ) : null}
          <Text className='section-title'>共 {r.size} 人</Text>
          <AtList>
            {r.rows.map((row) => (
              <Row key={row.openid} row={row} mine={row.openid === r.me?.openid} />
            ))}
          </AtList>
          <View style={{ display: 'flex', justifyContent: 'space-between' }}>
            {page > 1 ? <Text className='load-more' onClick={() => setPage(page - 1)}>上一页</Text> : <Text />}
            {page * PAGE_SIZE < r.size ? <Text className='load-more' onClick={() => setPage(page + 1)}>下一页</Text> : null}
          </View>
        </>
      ) : null}
      {tab === 2 && branches.data ? (
        <AtList>
          {branches.data.map((b) => (
            <AtListItem key={b.branchId} title={`${b.rank}. ${b.name}`} note={`${b.members} 人 · 合计 ${b.total} 分`} extraText={`人均 ${b.average}`} />
          ))}
        </AtList>
      ) : null}
    </View>
  );
}
