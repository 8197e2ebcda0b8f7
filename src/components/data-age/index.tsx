import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import { ageText, isStale } from './age';
import './index.scss';

/** "更新于 N 分钟前" under data older than a few minutes (a stored copy, or a page left open). */
export function DataAge({ savedAt, className = '' }: { savedAt: number | undefined; className?: string }) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (savedAt === undefined || !isStale(savedAt, now)) return null;
  return (
    <Text className={`data-age ${className}`} data-testid='data-age'>
      更新于{ageText(savedAt, now)}
    </Text>
  );
}
