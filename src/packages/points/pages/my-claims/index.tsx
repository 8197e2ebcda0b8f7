import { useEffect } from 'react';
import { Text } from '@tarojs/components';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { PagedFooter } from '@/components/paged-footer';
import { Screen } from '@/components/screen';
import { usePaged } from '@/hooks/use-paged';
import { PointsRow } from '@/features/points/components/points-row';
import { WaitingClaims } from '@/features/points/components/waiting-claims';
import { CLAIM_STATUS, dayText, signed } from '@/features/points/format';
import { onLanded } from '@/offline/outbox';
import { go } from '@/ui/navigate';

/** 我的申报: claims waiting in the outbox first (待发送), then every claim sent, newest first. */
export default function MyClaimsPage() {
  const list = usePaged((cursor) => call('points', 'myClaims', { cursor }), [], { cache: 'points.myClaims' });
  const { reload } = list;
  // A queued claim that lands moves from 待发送 into the list.
  useEffect(() => onLanded((entry) => entry.kind === 'points.claim' && void reload()), [reload]);
  return (
    <Screen>
      <WaitingClaims />
      <DataAge savedAt={list.savedAt} />
      {list.items.map((c) => (
        <PointsRow
          key={c.id}
          testId='claim-row'
          title={c.itemName}
          meta={
            <Text>
              <Text className={`points-tone--${c.status}`}>{CLAIM_STATUS[c.status]}</Text> · {dayText(c.date)}
              {c.reason ? ` · 驳回理由：${c.reason}` : ''}
            </Text>
          }
          value={signed(c.points)}
          tone={c.points < 0 ? 'minus' : 'plus'}
          onClick={() => go(`/packages/points/pages/claim-detail/index?id=${c.id}`)}
        />
      ))}
      <PagedFooter list={list} empty='还没有申报记录' />
    </Screen>
  );
}
