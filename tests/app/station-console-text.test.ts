import { parseSpans, spansToText } from '../../src/features/stations/console/hours-text';
import { parseWeek, weekToText } from '../../src/features/stations/console/parse-week';
import { parseSlotLines, slotsToLines } from '../../src/features/stations/console/slots-text';

// Staff type hours and slots as text in the console; what they type must become exactly the hours
// and slots the contract takes, and a typo must say where it is, in Chinese.
describe('station console: hours and slots typed as text', () => {
  it('reads spans in the ways people type them, overnight and 24:00 included', () => {
    expect(parseSpans('08:00-12:00，14:00-18:00')).toEqual({ spans: [{ open: '08:00', close: '12:00' }, { open: '14:00', close: '18:00' }] });
    expect(parseSpans('8：30～17:30')).toEqual({ spans: [{ open: '08:30', close: '17:30' }] });
    expect(parseSpans('20:00-06:00')).toEqual({ spans: [{ open: '20:00', close: '06:00' }] });
    expect(parseSpans('00:00-24:00')).toEqual({ spans: [{ open: '00:00', close: '24:00' }] });
    expect(parseSpans('  ')).toEqual({ spans: [] });
    expect(parseSpans('8点到12点')).toEqual({ error: '“8点到12点”应写成 08:00-17:30' });
    expect(parseSpans('08:00-24:30')).toHaveProperty('error');
    expect(parseSpans('1:00-2:00,3:00-4:00,5:00-6:00,7:00-8:00,9:00-10:00')).toEqual({ error: '每天最多 4 个时段' });
  });

  it('round-trips a week, and names the day of a mistake', () => {
    const week = [[{ open: '08:00', close: '20:00' }], [], [], [], [], [{ open: '09:00', close: '12:00' }], [{ open: '20:00', close: '06:00' }]];
    expect(parseWeek(weekToText(week))).toEqual({ hours: week });
    expect(spansToText(week[0]!)).toBe('08:00-20:00');
    const lines = weekToText(week);
    lines[2] = '九点开门';
    expect(parseWeek(lines)).toEqual({ error: '周三：“九点开门”应写成 08:00-17:30' });
  });

  it('round-trips weekly slots with their capacity, and refuses a slot that ends before it starts', () => {
    const slots = [
      { weekday: 0, start: '09:00', end: '10:00', capacity: 3 },
      { weekday: 0, start: '14:00', end: '15:00', capacity: 6 },
      { weekday: 4, start: '10:00', end: '11:00', capacity: 12 },
    ];
    expect(slotsToLines(slots)[0]).toBe('09:00-10:00×3，14:00-15:00×6');
    expect(parseSlotLines(slotsToLines(slots))).toEqual({ slots });
    expect(parseSlotLines(['9:00-10:00x4', '', '', '', '', '', ''])).toEqual({ slots: [{ weekday: 0, start: '09:00', end: '10:00', capacity: 4 }] });
    expect(parseSlotLines(['', '10:00-09:00×2', '', '', '', '', ''])).toEqual({ error: '周二：“10:00-09:00×2”的结束须晚于开始，且在当天' });
    expect(parseSlotLines(['', '', '09:00-10:00', '', '', '', ''])).toEqual({ error: '周三：“09:00-10:00”应写成 09:00-10:00×6' });
    expect(parseSlotLines(['', '', '', '', '', '', ''])).toEqual({ error: '请至少设置一个预约时段' });
  });
});
