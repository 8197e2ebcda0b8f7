// Template values as WeChat accepts them. Times are China times whatever the server's zone: a
// function's TZ is UTC, and `toLocaleString()` or dayjs there writes times 8 hours early.
import { chinaClock, chinaDate } from '../../../contracts/stations-hours';
import type { FieldKind } from './templates';

const LIMITS: Partial<Record<FieldKind, number>> = { thing: 20, phrase: 5, character_string: 32 };

/** Cuts text to `n` characters (code points), marking the cut. */
export function clip(text: string, n: number): string {
  const chars = [...text];
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : text;
}

/** 2026年3月5日, a China calendar day. */
export function chinaDayText(at: Date | string): string {
  const day = typeof at === 'string' ? at : chinaDate(at);
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2026年3月5日 09:30 in China time. */
export function chinaTimeText(at: Date): string {
  return `${chinaDayText(at)} ${chinaClock(at)}`;
}

/** One value for a field of `kind`: dates and times in China time, text clipped to WeChat's limits. */
export function fieldValue(kind: FieldKind, value: string | number | Date): string {
  if (kind === 'time') return value instanceof Date ? chinaTimeText(value) : String(value);
  if (kind === 'date') return value instanceof Date || /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? chinaDayText(value as Date | string) : String(value);
  if (kind === 'number') return String(value).replace(/[^\d.]/g, '') || '0';
  const text = value instanceof Date ? chinaTimeText(value) : String(value);
  const limit = LIMITS[kind];
  return limit ? clip(text, limit) : text;
}
