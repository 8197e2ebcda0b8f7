import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { go } from '@/ui/navigate';
import './entry-row.scss';

/** A row that opens another page: its name, a line on what is there (and a badge), and ›. */
export function EntryRow({ title, note, url, onTap, testId, badge }: { title: string; note?: string; url?: string; onTap?: () => void; testId?: string; badge?: ReactNode }) {
  return (
    <View className='entry-row' data-tap='entry' data-testid={testId} onClick={onTap ?? (() => url && go(url))}>
      <View className='entry-row__words'>
        <Text className='entry-row__title'>{title}</Text>
        {note ? <Text className='entry-row__note'>{note}</Text> : null}
        {badge}
      </View>
      <Text className='entry-row__arrow'>›</Text>
    </View>
  );
}
