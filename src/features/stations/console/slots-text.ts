import type { SlotTemplate } from '@contracts/stations';
import { weekdayName } from '../format';
import { parseSpans } from './hours-text';

/**
 * Weekly booking slots, typed one weekday a line: "09:00-10:00×6，14:00-15:00×6" (the number is
 * how many people a slot takes; × or x or *).
 */
export function slotsToLines(slots: readonly SlotTemplate[]): string[] {
  return [0, 1, 2, 3, 4, 5, 6].map((d) =>
    slots
      .filter((s) => s.weekday === d)
      .map((s) => `${s.start}-${s.end}×${s.capacity}`)
      .join('，'),
  );
}

export function parseSlotLines(lines: string[]): { slots: SlotTemplate[] } | { error: string } {
  const slots: SlotTemplate[] = [];
  for (const [weekday, line] of lines.entries()) {
    for (const part of line.split(/[,，;；、\s]+/).filter(Boolean)) {
      const m = /^(.+?)[×xX*](\d{1,3})$/.exec(part);
      if (!m) return { error: `${weekdayName(weekday)}：“${part}”应写成 09:00-10:00×6` };
      const span = parseSpans(m[1]!);
      if ('error' in span || span.spans.length !== 1) return { error: `${weekdayName(weekday)}：“${part}”应写成 09:00-10:00×6` };
      const { open: start, close: end } = span.spans[0]!;
      if (end <= start || end === '24:00') return { error: `${weekdayName(weekday)}：“${part}”的结束须晚于开始，且在当天` };
      slots.push({ weekday, start, end, capacity: Number(m[2]) });
    }
  }
  if (slots.length === 0) return { error: '请至少设置一个预约时段' };
  return { slots };
}
