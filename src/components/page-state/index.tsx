import { Text, View } from '@tarojs/components';
import { AtActivityIndicator, AtButton } from 'taro-ui';
import type { ApiCallError } from '../../api/errors';
import './index.scss';

export function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='page-state' aria-busy='true'>
      <AtActivityIndicator content={text} color='#c8102e' />
    </View>
  );
}

/** What went wrong, in the server's words, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: ApiCallError; onRetry?: () => void }) {
  return (
    <View className='page-state'>
      <Text className='page-state__message'>{error.message}</Text>
      {onRetry ? (
        <AtButton size='small' type='secondary' onClick={onRetry} className='page-state__retry'>
          重试
        </AtButton>
      ) : null}
    </View>
  );
}
