// Opening hours and the open-now badge, computed the same way by the cloud (list rows) and the app
// (re-rendering a cached station offline): pure functions of the data and an instant.
// China keeps one offset all year (UTC+8, no daylight saving since 1991), so Asia/Shanghai time is
// the instant plus 8 hours whatever the time zone of the machine running this.

/** 'HH:MM'; a span's close may be '24:00'. A close at or before the open ends on the next day (20:00–06:00). */
export interface Span {
  open: string;
  close: string;
}

/** Seven days, Monday first; an empty day is closed. */
export type WeekHours = Span[][];

/** A dated day that replaces the week's hours (holidays): no spans = closed all day. */
export interface HoursException {
  date: string;
  spans: Span[];
  note: string;
}

/** A temporary closure posted by staff; it stops counting at `until`. */
export interface Closure {
  reason: string;
  since: string;
  until: string;
}

export type OpenStatus =
  /** closesAt null: open around the clock for the coming week. */
  | { state: 'open'; closesAt: string | null; minutesToClose: number | null }
  /** opensAt null: no opening in the coming two weeks. */
  | { state: 'closed'; opensAt: string | null }
  | { state: 'temp_closed'; reason: string; until: string; opensAt: string | null };

export interface HoursData {
  hours: WeekHours;
  exceptions: readonly HoursException[];
  closure: Closure | null;
}

const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** How far ahead an opening or a closing is looked for. */
const HORIZON_DAYS = 14;

/** The China calendar day of an instant, YYYY-MM-DD. */
export function chinaDate(at: Date | number): string {
  return new Date(+at + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a China calendar day starts. */
export function chinaDayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - OFFSET_MS;
}

/** `days` after a China calendar day. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (China calendar days; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Minutes after midnight of 'HH:MM'. */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** The instant of a China wall-clock time on a day. */
export function chinaInstant(date: string, hhmm: string): number {
  return chinaDayStart(date) + minutesOf(hhmm) * MINUTE_MS;
}

/** The wall-clock time in China of an instant, HH:MM. */
export function chinaClock(at: Date | number): string {
  return new Date(+at + OFFSET_MS).toISOString().slice(11, 16);
}

/** The spans in force on a day: its exception's, or the week's. */
export function spansOn(data: Pick<HoursData, 'hours' | 'exceptions'>, date: string): Span[] {
  const exception = data.exceptions.find((e) => e.date === date);
  return exception ? exception.spans : (data.hours[weekdayOf(date)] ?? []);
}

/** A span of the day starting at `dayStart`, as [open, close) in ms; a close at or before the open is the next day's. */
function spanInterval(dayStart: number, s: Span): [number, number] {
  const open = minutesOf(s.open);
  const close = minutesOf(s.close);
  return [dayStart + open * MINUTE_MS, dayStart + (close <= open ? 1440 + close : close) * MINUTE_MS];
}

/** Open intervals [start, end) in ms from the day before `from` (its overnight spans) over `days` days, merged. */
export function openIntervals(data: Pick<HoursData, 'hours' | 'exceptions'>, from: string, days: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let d = -1; d <= days; d++) {
    const date = addDays(from, d);
    const start = chinaDayStart(date);
    for (const s of spansOn(data, date)) out.push(spanInterval(start, s));
  }
  out.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const iv of out) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return merged;
}

/** True while a closure counts: posted and not yet over. */
export function closureActive(closure: Closure | null, at: number): boolean {
  return !!closure && Date.parse(closure.since) <= at && at < Date.parse(closure.until);
}

/**
 * Whether `openStatus(data, at).state` is 'open', without the two weeks of intervals that finding
 * the next change needs: the spans of today and yesterday (overnight) decide it. Lists filter
 * hundreds of stations by this.
 */
export function isOpenAt(data: HoursData, at: Date | number): boolean {
  const now = +at;
  if (closureActive(data.closure, now)) return false;
  // Day numbers since 1970-01-01 (a Thursday) in China time; dates as text only for exceptions.
  const today = Math.floor((now + OFFSET_MS) / DAY_MS);
  for (const day of [today - 1, today]) {
    const start = day * DAY_MS - OFFSET_MS;
    const exception = data.exceptions.length ? data.exceptions.find((e) => e.date === chinaDate(start)) : undefined;
    const spans = exception ? exception.spans : (data.hours[(day + 3) % 7] ?? []);
    for (const s of spans) {
      const [open, close] = spanInterval(start, s);
      if (open <= now && now < close) return true;
    }
  }
  return false;
}

/** Open, closed or temporarily closed at `at`, with when that changes. */
export function openStatus(data: HoursData, at: Date | number): OpenStatus {
  const now = +at;
  const intervals = openIntervals(data, chinaDate(now), HORIZON_DAYS);
  const horizonEnd = chinaDayStart(addDays(chinaDate(now), HORIZON_DAYS));
  const firstOpenFrom = (t: number): string | null => {
    const iv = intervals.find(([, e]) => e > t);
    return iv ? new Date(Math.max(iv[0], t)).toISOString() : null;
  };
  const closure = data.closure;
  if (closure && closureActive(closure, now)) {
    return { state: 'temp_closed', reason: closure.reason, until: closure.until, opensAt: firstOpenFrom(Date.parse(closure.until)) };
  }
  const current = intervals.find(([s, e]) => s <= now && now < e);
  if (current) {
    // A closure that starts before this interval ends closes it early.
    const closes = closure && Date.parse(closure.since) > now ? Math.min(current[1], Date.parse(closure.since)) : current[1];
    if (closes >= horizonEnd) return { state: 'open', closesAt: null, minutesToClose: null };
    return { state: 'open', closesAt: new Date(closes).toISOString(), minutesToClose: Math.ceil((closes - now) / MINUTE_MS) };
  }
  const next = intervals.find(([s]) => s > now);
  return { state: 'closed', opensAt: next && next[0] < horizonEnd ? new Date(next[0]).toISOString() : null };
}

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** 今天 08:00, 明天 08:00, 周六 08:00, 5月3日 08:00: when something happens, as seen from `now`, in China time. */
export function whenLabel(iso: string, now: Date | number): string {
  const at = Date.parse(iso);
  const date = chinaDate(at);
  const days = daysBetween(chinaDate(now), date);
  const clock = chinaClock(at);
  if (days === 0) return `今天 ${clock}`;
  if (days === 1) return `明天 ${clock}`;
  if (days === 2) return `后天 ${clock}`;
  if (days > 2 && days < 7) return `${WEEKDAYS[weekdayOf(date)]} ${clock}`;
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日 ${clock}`;
}

/** The badge text: 营业中 · 还有 40 分钟关门; 已关门 · 明天 08:00 开门; 临时关闭：大风停航 · 预计明天 08:00 恢复. */
export function statusLabel(status: OpenStatus, now: Date | number): string {
  switch (status.state) {
    case 'open':
      if (status.closesAt === null) return '营业中 · 24 小时开放';
      if ((status.minutesToClose ?? 0) <= 60) return `营业中 · 还有 ${status.minutesToClose} 分钟关门`;
      return `营业中 · ${whenLabel(status.closesAt, now).replace(/^今天 /, '')} 关门`;
    case 'closed':
      return status.opensAt ? `已关门 · ${whenLabel(status.opensAt, now)} 开门` : '已关门 · 近期暂无开放时间';
    case 'temp_closed':
      return `临时关闭：${status.reason} · 预计${whenLabel(status.until, now)} 恢复`;
  }
}
