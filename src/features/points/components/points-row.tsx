import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './points-row.scss';

/**
 * One row of the points pages: a title and a meta line that wrap (never cut), and the value on
 * the right kept whole (+2, 44 分). Tappable rows carry an arrow and a tap-target height.
 */
export function PointsRow(p: {
  title: ReactNode;
  meta?: ReactNode;
  value?: ReactNode;
  /** minus: points taken away; none: no colour. */
  tone?: 'plus' | 'minus' | 'none';
  /** The signed-in person's own row. */
  mine?: boolean;
  onClick?: () => void;
  testId?: string;
}) {
  const cls = ['points-row', p.mine ? 'points-row--mine' : '', p.onClick ? 'points-row--tap' : ''].filter(Boolean).join(' ');
  return (
    <View className={cls} data-tap={p.onClick ? 'row' : undefined} data-testid={p.testId} onClick={p.onClick}>
      <View className='points-row__main'>
        <Text className='points-row__title'>{p.title}</Text>
        {p.meta ? <View className='points-row__meta'>{p.meta}</View> : null}
      </View>
      {p.value !== undefined ? <Text className={`points-row__value points-row__value--${p.tone ?? 'plus'}`}>{p.value}</Text> : null}
      {p.onClick ? <Text className='points-row__arrow'>›</Text> : null}
    </View>
  );
}

/** ★★★☆☆ with the earned stars in gold, or 暂未评星. */
export function Stars({ n }: { n: number }) {
  if (n <= 0) return <Text>暂未评星</Text>;
  return (
    <Text aria-label={`${n} 星`}>
      <Text className='points-tone--stars'>{'★'.repeat(n)}</Text>
      <Text className='points-tone--stars-empty'>{'☆'.repeat(Math.max(0, 5 - n))}</Text>
    </Text>
  );
}
