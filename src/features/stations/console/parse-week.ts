import type { WeekHours } from '@contracts/stations-hours';
import { weekdayName } from '../format';
import { parseSpans, spansToText } from './hours-text';

export const weekToText = (hours: WeekHours): string[] => hours.map(spansToText);

/** The seven typed lines as hours, or the first problem, named by its day. */
export function parseWeek(lines: string[]): { hours: WeekHours } | { error: string } {
  const hours: WeekHours = [];
  for (const [i, line] of lines.entries()) {
    const r = parseSpans(line);
    if ('error' in r) return { error: `${weekdayName(i)}：${r.error}` };
    hours.push(r.spans);
  }
  return { hours };
}
