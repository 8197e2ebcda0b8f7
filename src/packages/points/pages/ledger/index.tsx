import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { PagedFooter } from '@/components/paged-footer';
import { Screen } from '@/components/screen';
import { usePaged } from '@/hooks/use-paged';
import { LedgerRow } from '@/features/points/components/ledger-row';

/** 积分明细: every change of points this year, newest first, a page at a time. */
export default function LedgerPage() {
  const list = usePaged((cursor) => call('points', 'ledger', { cursor, limit: 30 }), [], { cache: 'points.ledger' });
  return (
    <Screen>
      <DataAge savedAt={list.savedAt} />
      {list.items.map((e) => (
        <LedgerRow key={e.id} entry={e} />
      ))}
      <PagedFooter list={list} empty='今年还没有积分记录' />
    </Screen>
  );
}
