import { useEffect } from 'react';
import { AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { PagedFooter } from '@/components/paged-footer';
import { Screen } from '@/components/screen';
import { usePaged } from '@/hooks/use-paged';
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
      <AtList>
        {list.items.map((c) => (
          <AtListItem
            key={c.id}
            title={`${c.itemName} ${signed(c.points)}`}
            note={`${dayText(c.date)}${c.reason ? ` · ${c.reason}` : ''}`}
            extraText={CLAIM_STATUS[c.status]}
            arrow='right'
            onClick={() => go(`/packages/points/pages/claim-detail/index?id=${c.id}`)}
          />
        ))}
      </AtList>
      <PagedFooter list={list} empty='还没有申报记录' />
    </Screen>
  );
}
