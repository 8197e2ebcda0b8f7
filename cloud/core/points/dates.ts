import type { CapPeriod } from '../../../contracts/points';
import { AppError } from '../errors';

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** Today in China (UTC+8, no daylight saving), YYYY-MM-DD: the day points are for. */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function chinaYear(now: Date): number {
  return Number(chinaToday(now).slice(0, 4));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The first and last day (inclusive, YYYY-MM-DD, so string order is date order) of the period holding `date`. */
export function periodRange(date: string, period: CapPeriod): [string, string] {
  if (period === 'day') return [date, date];
  if (period === 'month') return [`${date.slice(0, 7)}-01`, `${date.slice(0, 7)}-31`];
  return [`${date.slice(0, 4)}-01-01`, `${date.slice(0, 4)}-12-31`];
}

function isCalendarDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/**
 * Points are for a real day that has happened, this year or last (last year's points may still be
 * recorded early in the new year, before the yearly 评星定级).
 */
export function checkPointsDate(date: string, now: Date): void {
  if (!isCalendarDate(date)) throw new AppError('INVALID_INPUT', '日期无效');
  const today = chinaToday(now);
  if (date > today) throw new AppError('INVALID_INPUT', '日期不能晚于今天');
  if (yearOf(date) < yearOf(today) - 1) throw new AppError('INVALID_INPUT', '只能登记今年或去年的积分');
}
