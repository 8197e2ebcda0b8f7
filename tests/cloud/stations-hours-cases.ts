// The opening-hours cases of stations-hours.test.ts, kept apart so that a child process with another
// TZ can compute them without running the tests again.
import { isOpenAt, openStatus, statusLabel, type HoursData, type Span } from '../../contracts/stations-hours';

const at = (china: string) => new Date(`${china}+08:00`);
const week = (spans: HoursData['hours'][number]) => Array.from({ length: 7 }, () => spans);

/** Every case as [what, hours, instant (China wall time), expected state, expected label]. */
export function cases(): Array<[string, string, string]> {
  const night: HoursData = { hours: week([{ open: '20:00', close: '06:00' }]), exceptions: [], closure: null };
  const day: HoursData = { hours: week([{ open: '08:00', close: '18:00' }]), exceptions: [{ date: '2026-05-01', spans: [], note: '劳动节' }], closure: null };
  const closed: HoursData = {
    hours: week([{ open: '08:00', close: '18:00' }]),
    exceptions: [],
    closure: { reason: '大风停航', since: '2026-04-29T01:00:00Z', until: at('2026-04-30T08:00:00').toISOString() },
  };
  const show = (d: HoursData, t: string) => {
    const s = openStatus(d, at(t));
    return `${s.state} ${statusLabel(s, at(t))}`;
  };
  return [
    ['overnight, before midnight', show(night, '2026-04-28T23:30:00'), 'open 营业中 · 明天 06:00 关门'],
    ['overnight, after midnight', show(night, '2026-04-29T05:20:00'), 'open 营业中 · 还有 40 分钟关门'],
    ['overnight, daytime', show(night, '2026-04-29T12:00:00'), 'closed 已关门 · 今天 20:00 开门'],
    ['open, near closing', show(day, '2026-04-29T17:45:00'), 'open 营业中 · 还有 15 分钟关门'],
    ['closed till tomorrow', show(day, '2026-04-29T18:00:00'), 'closed 已关门 · 明天 08:00 开门'],
    ['the exception closes 5月1日', show(day, '2026-04-30T19:00:00'), 'closed 已关门 · 后天 08:00 开门'],
    ['during the exception', show(day, '2026-05-01T10:00:00'), 'closed 已关门 · 明天 08:00 开门'],
    ['temporary closure', show(closed, '2026-04-29T10:00:00'), 'temp_closed 临时关闭：大风停航 · 预计明天 08:00 恢复'],
    ['the closure has ended', show(closed, '2026-04-30T08:00:00'), 'open 营业中 · 18:00 关门'],
    ['just before the closure ends', show(closed, '2026-04-30T07:59:00'), 'temp_closed 临时关闭：大风停航 · 预计今天 08:00 恢复'],
    ['isOpenAt agrees with openStatus on random hours', disagreements(), 'none'],
  ];
}

/** Random weeks (overnight spans, 24:00, several spans a day), exceptions and closures, at random instants. */
function disagreements(): string {
  let seed = 20261130;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const spans = (): Span[] => Array.from({ length: Math.floor(rnd() * 3) }, () => ({ open: hhmm(Math.floor(rnd() * 48) * 30), close: hhmm(Math.floor(rnd() * 49) * 30) }));
  const base = Date.parse('2026-04-27T00:00:00+08:00');
  const found: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const since = base + Math.floor(rnd() * 10) * 86_400_000 + Math.floor(rnd() * 48) * 1_800_000;
    const data: HoursData = {
      hours: Array.from({ length: 7 }, spans),
      exceptions: Array.from({ length: Math.floor(rnd() * 3) }, () => ({ date: `2026-05-0${1 + Math.floor(rnd() * 6)}`, spans: spans(), note: '' })),
      closure: rnd() < 0.3 ? { reason: '检修', since: new Date(since).toISOString(), until: new Date(since + Math.floor(rnd() * 72) * 1_800_000).toISOString() } : null,
    };
    const t = base + Math.floor(rnd() * 14 * 96) * 900_000;
    if (isOpenAt(data, t) !== (openStatus(data, t).state === 'open')) found.push(`${JSON.stringify(data)} @ ${new Date(t).toISOString()}`);
  }
  return found.length ? found.slice(0, 3).join('\n') : 'none';
}

if (process.env['STATIONS_HOURS_CHILD']) process.stdout.write(JSON.stringify(cases().map((c) => c[1])));
