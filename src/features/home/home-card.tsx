import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './home-card.scss';

/** One thing the person needs now: a title, its body, and where to go for more. */
export function HomeCard({ title, more, onMore, children, testId }: { title: string; more?: string; onMore?: () => void; children: ReactNode; testId?: string }) {
  return (
    <View className='home-card' data-testid={testId}>
      <View className='home-card__head'>
        <Text className='home-card__title'>{title}</Text>
        {more && onMore ? (
          <Text className='home-card__more' data-tap='more' onClick={onMore}>
            {more} ›
          </Text>
        ) : null}
      </View>
      {children}
    </View>
  );
}

/** A big number with what it counts, tappable when it leads somewhere. */
export function Stat({ value, label, onTap, alert = false }: { value: number | string; label: string; onTap?: () => void; alert?: boolean }) {
  return (
    <View className={`home-stat${alert ? ' home-stat--alert' : ''}`} data-tap={onTap ? 'stat' : undefined} onClick={onTap}>
      <Text className='home-stat__value'>{value}</Text>
      <Text className='home-stat__label'>{label}</Text>
    </View>
  );
}
