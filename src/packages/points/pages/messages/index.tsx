import { useEffect } from 'react';
import { AtList, AtListItem } from 'taro-ui';
import { nestQuotes } from '@contracts/quotes';
import type { Message } from '@contracts/points';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { PagedFooter } from '@/components/paged-footer';
import { Screen } from '@/components/screen';
import { usePaged } from '@/hooks/use-paged';
import { shortTime } from '@/features/org/format';
import { go } from '@/ui/navigate';
import './index.scss';

/** Where a message leads: its claim, or its activity. */
function target(m: Message): string | null {
  if (m.kind.startsWith('claim')) return `/packages/points/pages/claim-detail/index?id=${m.refId}`;
  if (m.kind.startsWith('activity')) return `/packages/volunteer/pages/detail/index?id=${m.refId}`;
  return null;
}

/** 消息: results of claims, awards, and activity changes. Opening the list marks them read. */
export default function MessagesPage() {
  const list = usePaged(async (cursor) => call('messages', 'list', { cursor }), [], { cache: 'messages.list' });
  useEffect(() => {
    if (list.items.some((m) => !m.read)) void call('messages', 'markRead', {}).catch(() => undefined);
  }, [list.items]);
  return (
    <Screen>
      <DataAge savedAt={list.savedAt} />
      <AtList>
        {list.items.map((m) => {
          const url = target(m);
          return (
            <AtListItem
              key={m.id}
              className={m.read ? 'message-row' : 'message-row message-row--unread'}
              title={nestQuotes(m.title)}
              // Messages stored before quotes were nested in the cloud still read right.
              note={`${nestQuotes(m.body)} · ${shortTime(m.createdAt)}`}
              arrow={url ? 'right' : undefined}
              onClick={url ? () => go(url) : undefined}
            />
          );
        })}
      </AtList>
      <PagedFooter list={list} empty='暂无消息' />
    </Screen>
  );
}
