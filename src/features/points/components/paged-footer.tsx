import { Text } from '@tarojs/components';
import type { ApiCallError } from '@/api/errors';

/** The end of a paged list: loading, failed (tap to retry), more, or the end. */
export function PagedFooter(p: { loading: boolean; error?: ApiCallError; done: boolean; empty: string; count: number; onMore: () => void }) {
  if (p.error) return <Text className='load-more' onClick={p.onMore}>{`${p.error.message}（点此重试）`}</Text>;
  if (p.loading) return <Text className='load-more'>加载中…</Text>;
  if (p.count === 0) return <Text className='load-more'>{p.empty}</Text>;
  if (p.done) return <Text className='load-more'>没有更多了</Text>;
  return (
    <Text className='load-more' onClick={p.onMore}>
      加载更多
    </Text>
  );
}
