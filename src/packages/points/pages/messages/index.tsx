import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import { call } from '../../../../api/client';
import { usePaged } from '../../../../hooks/use-paged';
import { PagedFooter } from '../../../../features/points/components/paged-footer';
import { shortTime } from '../../../../features/org/format';

/** 消息: results of claims and awards. Opening the list marks them read. */
export default function MessagesPage() {
  const list = usePaged(async (cursor) => call('messages', 'list', { cursor }), []);
  useEffect(() => {
    if (list.items.some((m) => !m.read)) void call('messages', 'markRead', {}).catch(() => undefined);
  }, [list.items]);
  return (
    <View className='page'>
      <AtList>
        {list.items.map((m) => (
          <AtListItem
            key={m.id}
            title={`${m.read ? '' : '● '}${m.title}`}
            note={`${m.body} · ${shortTime(m.createdAt)}`}
            arrow={m.kind.startsWith('claim') ? 'right' : undefined}
            onClick={m.kind.startsWith('claim') ? () => Taro.navigateTo({ url: `/packages/points/pages/claim-detail/index?id=${m.refId}` }) : undefined}
          />
        ))}
      </AtList>
      <PagedFooter {...list} count={list.items.length} empty='暂无消息' onMore={list.loadMore} />
    </View>
  );
}
