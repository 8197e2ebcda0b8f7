import dayjs from 'dayjs';

/** Data this old is worth saying so. */
export const STALE_AFTER_MS = 3 * 60_000;

export const isStale = (savedAt: number, now = Date.now()) => now - savedAt >= STALE_AFTER_MS;

/** " 5 分钟前", " 2 小时前", " 11月24日 14:05" — how old a stored copy is, the Chinese way. */
export function ageText(savedAt: number, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - savedAt) / 60_000));
  if (minutes < 60) return ` ${Math.max(1, minutes)} 分钟前`;
  if (minutes < 24 * 60) return ` ${Math.floor(minutes / 60)} 小时前`;
  return ` ${dayjs(savedAt).format('M月D日 HH:mm')}`;
}
