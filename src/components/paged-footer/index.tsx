import { Text } from '@tarojs/components';
import type { ApiCallError } from '@/api/errors';
import { useNetwork } from '@/offline/network';

export interface PagedList {
  loading: boolean;
  error?: ApiCallError;
  done: boolean;
  items: readonly unknown[];
  loadMore: () => void;
  retry: () => void;
}

/** The end of a paged list: loading, failed (tap to retry: it sends the request again), more, or the end. */
export function PagedFooter({ list, empty }: { list: PagedList; empty: string }) {
  const { online } = useNetwork();
  if (list.error) {
    const why = online ? list.error.message : '离线，联网后自动加载';
    return (
      <Text className='load-more load-more--action' data-tap='retry' onClick={list.retry}>
        {`${why}（点此重试）`}
      </Text>
    );
  }
  if (list.loading) return <Text className='load-more'>加载中…</Text>;
  if (list.items.length === 0) return <Text className='load-more'>{empty}</Text>;
  if (list.done) return <Text className='load-more'>没有更多了</Text>;
  return (
    <Text className='load-more load-more--action' data-tap='more' onClick={list.loadMore}>
      加载更多
    </Text>
  );
}
