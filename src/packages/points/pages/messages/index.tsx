import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { usePaged } from '@/hooks/use-paged';
import { PagedFooter } from '@/features/points/components/paged-footer';
import { shortTime } from '@/features/org/format';
import type { Message } from '@contracts/points';

/** Where a message leads: its claim, or its activity. */
function target(m: Message): string | null {
  if (m.kind.startsWith('claim')) return `/packages/points/pages/claim-detail/index?id=${m.refId}`;
  if (m.kind.startsWith('activity')) return `/packages/volunteer/pages/detail/index?id=${m.refId}`;
  return null;
}

/** 消息: results of claims, awards, and activity changes. Opening the list marks them read. */
export default function MessagesPage() {
  const list = usePaged(async (cursor) => call('messages', 'list', { cursor }), []);
  useEffect(() => {
    if (list.items.some((m) => !m.read)) void call('messages', 'markRead', {}).catch(() => undefined);
  }, [list.items]);
  return (
    <View className='page'>
      <AtList>
        {list.items.map((m) => {
          const url = target(m);
          return (
            <AtListItem
              key={m.id}
              title={`${m.read ? '' : '● '}${m.title}`}
              note={`${m.body} · ${shortTime(m.createdAt)}`}
              arrow={url ? 'right' : undefined}
              onClick={url ? () => Taro.navigateTo({ url }) : undefined}
            />
          );
        })}
      </AtList>
      <PagedFooter {...list} count={list.items.length} empty='暂无消息' onMore={list.loadMore} />
    </View>
  );
}
