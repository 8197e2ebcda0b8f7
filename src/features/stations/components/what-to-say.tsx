import { Text, View } from '@tarojs/components';
import type { Hotlines } from '@contracts/stations';
import { ageText } from '@/components/data-age/age';
import type { Position } from '../location';
import { positionText } from '../location';
import './what-to-say.scss';

/** The read-out card: what to say, in order, with the last position this phone knew. */
export function WhatToSay({ items, position, now }: { items: Hotlines['whatToSay']; position: Position | null; now: number }) {
  return (
    <View className='card what-to-say'>
      <Text className='card-title'>打通后依次说清</Text>
      {items.map((w, i) => (
        <View key={w.label} className='what-to-say__item'>
          <Text className='what-to-say__label'>
            {i + 1}. {w.label}
          </Text>
          <Text className='what-to-say__hint'>{w.hint}</Text>
          {w.label === '位置' ? (
            <Text className='what-to-say__position' data-testid='last-position'>
              {position ? `最近一次定位：${positionText(position)}（${ageText(position.at, now).trim()}）` : '手机还没有定位记录：请报航道里程或附近标志'}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}
