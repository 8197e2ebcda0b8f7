import Taro from '@tarojs/taro';
import { AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { useRemote } from '@/hooks/use-remote';

/** 消息 on 我的, with how many are unread (claim results, awards). */
export function MessagesEntry() {
  const messages = useRemote(() => call('messages', 'list'), []);
  const unread = messages.data?.unread ?? 0;
  return (
    <AtList>
      <AtListItem
        title='消息'
        note='积分审核结果、加分与更正'
        extraText={unread ? `${unread} 条未读` : ''}
        arrow='right'
        onClick={() => Taro.navigateTo({ url: '/packages/points/pages/messages/index' })}
      />
    </AtList>
  );
}
