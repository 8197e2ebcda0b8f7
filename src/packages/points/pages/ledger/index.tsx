import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { PagedFooter } from '@/components/paged-footer';
import { Screen } from '@/components/screen';
import { usePaged } from '@/hooks/use-paged';
import { useRemote } from '@/hooks/use-remote';
import { LedgerRow } from '@/features/points/components/ledger-row';
import { Headline } from '@/components/headline';

/** 积分明细: which year, what it adds up to, then every change of points, newest first, a page at a time. */
export default function LedgerPage() {
  const list = usePaged((cursor) => call('points', 'ledger', { cursor, limit: 30 }), [], { cache: 'points.ledger' });
  // The same stored summary as the 积分 tab: the year and its total show at once, offline too.
  const summary = useRemote(() => call('points', 'summary'), [], { cache: 'points.summary' });
  const s = summary.data;
  return (
    <Screen>
      {s ? (
        <Headline testId='ledger-total' label={`${s.year} 年度合计`} value={`${s.total} 分`} />
      ) : null}
      <DataAge savedAt={list.savedAt} />
      {list.items.map((e) => (
        <LedgerRow key={e.id} entry={e} />
      ))}
      <PagedFooter list={list} empty='今年还没有积分记录' />
    </Screen>
  );
}
