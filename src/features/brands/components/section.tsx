import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './section.scss';

/** A titled card of a showcase page; nothing at all when it has nothing to show. */
export function Section({ title, show = true, children }: { title: string; show?: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <View className='card'>
      <Text className='card-title'>{title}</Text>
      {children}
    </View>
  );
}

/** Plain text that keeps its line breaks and wraps. */
export function Prose({ text }: { text: string }) {
  return <Text className='prose'>{text}</Text>;
}
