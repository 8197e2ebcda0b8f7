import { Text, View } from '@tarojs/components';
import { AtActivityIndicator, AtButton } from 'taro-ui';
import type { ApiCallError } from '@/api/errors';
import './index.scss';

export function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='page-state' aria-busy='true'>
      <AtActivityIndicator content={text} color='#c8102e' />
    </View>
  );
}

/** Failures that trying again cannot fix. */
const FINAL = new Set(['FORBIDDEN', 'NOT_FOUND', 'INVALID_INPUT']);

/** What went wrong, in the server's words, and a way to try again when that could help. */
export function ErrorState({ error, onRetry }: { error: ApiCallError; onRetry?: () => void }) {
  return (
    <View className='page-state'>
      <Text className='page-state__message'>{error.message}</Text>
      {onRetry && !FINAL.has(error.code) ? (
        <AtButton size='small' type='secondary' onClick={onRetry} className='page-state__retry'>
          重试
        </AtButton>
      ) : null}
    </View>
  );
}
