import type { ReactElement } from 'react';
import { Text, View } from '@tarojs/components';
import { AtActivityIndicator, AtButton } from 'taro-ui';
import type { ApiCallError } from '@/api/errors';
import { useNetwork } from '@/offline/network';
import { TOKENS } from '@/styles/tokens';
import './index.scss';

export function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='page-state' aria-busy='true'>
      <AtActivityIndicator content={text} color={TOKENS.red} />
    </View>
  );
}

/** Failures that trying again cannot fix. */
const FINAL = new Set(['FORBIDDEN', 'NOT_FOUND', 'INVALID_INPUT']);

/** What went wrong, in the server's words, and a way to try again when that could help. */
export function ErrorState({ error, onRetry }: { error: ApiCallError; onRetry?: () => void }) {
  const { online } = useNetwork();
  // Offline and nothing stored for this page yet: say so plainly, rather than a network error.
  const message = !online && error.code === 'NETWORK' ? '离线：这一页还没有保存在手机上，联网后会自动加载。' : error.message;
  return (
    <View className='page-state' data-testid='error-state'>
      <Text className='page-state__message'>{message}</Text>
      {onRetry && !FINAL.has(error.code) ? (
        <AtButton size='small' type='secondary' onClick={onRetry} className='page-state__retry'>
          重试
        </AtButton>
      ) : null}
    </View>
  );
}

/**
 * What a page shows before it has data: a spinner while loading, or the error with 重试.
 * Null once there is data (stored or fresh): the page renders it, whatever the network does.
 */
export function beforeData(remote: { data: unknown; error?: ApiCallError; reload: () => unknown }): ReactElement | null {
  if (remote.data !== undefined && remote.data !== null) return null;
  return remote.error ? <ErrorState error={remote.error} onRetry={() => void remote.reload()} /> : <Loading />;
}
