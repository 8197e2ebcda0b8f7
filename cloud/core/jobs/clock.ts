// What time it is where the people are: every task decides what is due in China time (UTC+8, no
// daylight saving), whatever the zone of the machine running it.
import { addDays, chinaClock, chinaDate, chinaDayStart } from '../../../contracts/stations-hours';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** The China hour of an instant, 0-23. */
export function chinaHour(now: Date): number {
  return Number(chinaClock(now).slice(0, 2));
}

/** Reminders that can wait for the morning go out from 09:00 to 21:59, never at night. */
export function isDaytime(now: Date): boolean {
  const h = chinaHour(now);
  return h >= 9 && h <= 21;
}

/** The instants a China calendar day `offset` days from today starts and ends. */
export function chinaDayRange(now: Date, offset: number): { day: string; from: Date; to: Date } {
  const day = addDays(chinaDate(now), offset);
  const from = chinaDayStart(day);
  return { day, from: new Date(from), to: new Date(from + DAY_MS) };
}
