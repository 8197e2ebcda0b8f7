import { Text, View } from '@tarojs/components';
import { AtIcon } from 'taro-ui';
import { call } from '@/api/client';
import { CountBadge } from '@/components/badge';
import { useRemote } from '@/hooks/use-remote';
import { go } from '@/ui/navigate';
import './messages-entry.scss';

/** 消息 on 我的, with a red badge counting the unread (claim results, awards). */
export function MessagesEntry() {
  const messages = useRemote(() => call('messages', 'list'), [], { cache: 'messages.summary' });
  const unread = messages.data?.unread ?? 0;
  return (
    <View className='messages-entry' data-tap='messages' onClick={() => go('/packages/points/pages/messages/index')}>
      <View className='messages-entry__body'>
        <Text className='messages-entry__title'>消息</Text>
        <Text className='messages-entry__note'>积分审核结果、加分与更正</Text>
      </View>
      <CountBadge count={unread} label='条未读' />
      <AtIcon value='chevron-right' size={20} color='#a6a6a6' />
    </View>
  );
}
