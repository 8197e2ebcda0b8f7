/**
 * WeChat cloud's timer cron, 7 fields: 秒 分 时 日 月 星期 年, read in UTC+8 (China has no daylight
 * saving, so a fixed offset is exact). Each field: `*` (or `?` for 日/星期), a number, a range
 * `a-b`, a step `*\/n` or `a-b/n` or `a/n`, and lists of those joined by `,`; months and weekdays
 * may be English abbreviations (JAN, MON). 星期 0 or 7 is Sunday. When both 日 and 星期 are
 * restricted a day matches either (they are OR'ed, as WeChat and classic cron do); when one is `*`
 * only the other counts. No library reads this format (year included, a fixed zone), so this one
 * small evaluator does.
 */
const OFFSET_MS = 8 * 3_600_000;

interface FieldSpec {
  min: number;
  max: number;
  names?: readonly string[];
}

const FIELDS: readonly FieldSpec[] = [
  { min: 0, max: 59 }, // 秒
  { min: 0, max: 59 }, // 分
  { min: 0, max: 23 }, // 时
  { min: 1, max: 31 }, // 日
  { min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] }, // 月
  { min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] }, // 星期
  { min: 1970, max: 2099 }, // 年
];

export class CronError extends Error {}

function value(token: string, spec: FieldSpec, expr: string): number {
  const named = spec.names?.indexOf(token.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + (spec.min === 1 ? 1 : 0) : /^\d+$/.test(token) ? Number(token) : NaN;
  if (!Number.isInteger(n) || n < spec.min || n > spec.max) throw new CronError(`cron "${expr}"：取值无效 "${token}"`);
  return n;
}

/** The set of values one field allows, or null for "any". */
function parseField(field: string, spec: FieldSpec, expr: string): Set<number> | null {
  if (field === '*' || field === '?') return null;
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new CronError(`cron "${expr}"：步长无效 "${part}"`);
    let lo: number;
    let hi: number;
    if (range === '*') [lo, hi] = [spec.min, spec.max];
    else if (range.includes('-')) {
      const [a = '', b = ''] = range.split('-');
      [lo, hi] = [value(a, spec, expr), value(b, spec, expr)];
      if (lo > hi) throw new CronError(`cron "${expr}"：范围无效 "${part}"`);
    } else {
      lo = value(range, spec, expr);
      hi = stepText === undefined ? lo : spec.max;
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

export interface Cron {
  readonly expr: string;
  matches(at: Date): boolean;
  /** The first instant after `after` (whole seconds) the cron fires, or null within the years it allows. */
  next(after: Date): Date | null;
}

export function parseCron(expr: string): Cron {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 7) throw new CronError(`cron "${expr}"：须为 7 个字段（秒 分 时 日 月 星期 年）`);
  const [sec, min, hour, dom, month, dow, year] = parts.map((p, i) => parseField(p, FIELDS[i]!, expr));
  if (dow?.has(7)) dow.add(0);
  const has = (set: Set<number> | null | undefined, v: number) => !set || set.has(v);
  const dayMatches = (d: Date) => {
    const byDate = has(dom, d.getUTCDate());
    const byWeekday = has(dow, d.getUTCDay());
    return dom && dow ? byDate || byWeekday : byDate && byWeekday;
  };
  /** The China wall clock of an instant, read with the UTC getters. */
  const wall = (at: Date) => new Date(at.getTime() + OFFSET_MS);

  function matches(at: Date): boolean {
    const w = wall(at);
    return (
      has(year, w.getUTCFullYear()) &&
      has(month, w.getUTCMonth() + 1) &&
      dayMatches(w) &&
      has(hour, w.getUTCHours()) &&
      has(min, w.getUTCMinutes()) &&
      has(sec, w.getUTCSeconds())
    );
  }

  function next(after: Date): Date | null {
    // Walk the wall clock, skipping a whole year, month, day, hour or minute when it cannot match.
    const w = wall(new Date(Math.floor(after.getTime() / 1000) * 1000 + 1000));
    for (let guard = 0; guard < 100_000; guard++) {
      const y = w.getUTCFullYear();
      if (y > FIELDS[6]!.max) return null;
      if (!has(year, y)) w.setTime(Date.UTC(y + 1, 0, 1));
      else if (!has(month, w.getUTCMonth() + 1)) w.setTime(Date.UTC(y, w.getUTCMonth() + 1, 1));
      else if (!dayMatches(w)) w.setTime(Date.UTC(y, w.getUTCMonth(), w.getUTCDate() + 1));
      else if (!has(hour, w.getUTCHours())) w.setTime(Date.UTC(y, w.getUTCMonth(), w.getUTCDate(), w.getUTCHours() + 1));
      else if (!has(min, w.getUTCMinutes())) w.setTime(Date.UTC(y, w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes() + 1));
      else if (!has(sec, w.getUTCSeconds())) w.setTime(w.getTime() + 1000);
      else return new Date(w.getTime() - OFFSET_MS);
    }
    return null;
  }

  return { expr, matches, next };
}
