import { View } from '@tarojs/components';
import { call } from '@/api/client';
import { usePaged } from '@/hooks/use-paged';
import { LedgerRow } from '@/features/points/components/ledger-row';
import { PagedFooter } from '@/features/points/components/paged-footer';

/** 积分明细: every change of points this year, newest first, a page at a time. */
export default function LedgerPage() {
  const list = usePaged((cursor) => call('points', 'ledger', { cursor, limit: 30 }), []);
  return (
    <View className='page'>
      {list.items.map((e) => (
        <LedgerRow key={e.id} entry={e} />
      ))}
      <PagedFooter {...list} count={list.items.length} empty='今年还没有积分记录' onMore={list.loadMore} />
    </View>
  );
}
