import type { CapPeriod, PointsItem } from '../../../contracts/points';
import { AppError } from '../errors';
import { _, getList, MAX_LIMIT } from '../sdk';
import { periodRange, yearOf } from './dates';
import { claims, ledger } from './docs';
import { quoted } from '../../../contracts/quotes';

/** Points of one item on one day, granted or claimed. */
export interface Usage {
  date: string;
  points: number;
}

const PERIODS: CapPeriod[] = ['day', 'month', 'year'];
const PERIOD_NAMES: Record<CapPeriod, string> = { day: '每天', month: '每月', year: '每年' };

/** The member's granted points of an item in the year holding `date` (corrections net out). */
export function grantedUsage(openid: string, itemId: string, date: string): Promise<Usage[]> {
  const [from, to] = periodRange(date, 'year');
  return getList<Usage>(
    ledger()
      .where({ openid, itemId, date: _.gte(from).and(_.lte(to)) })
      .field({ date: true, points: true })
      .limit(MAX_LIMIT),
  );
}

/** The member's pending claims of an item in the year holding `date`. */
export function pendingUsage(openid: string, itemId: string, date: string): Promise<Usage[]> {
  const [from, to] = periodRange(date, 'year');
  return getList<Usage>(
    claims()
      .where({ openid, status: 'pending', itemId, date: _.gte(from).and(_.lte(to)) })
      .field({ date: true, points: true })
      .limit(MAX_LIMIT),
  );
}

function usedIn(used: readonly Usage[], date: string, period: CapPeriod): number {
  const [from, to] = periodRange(date, period);
  return used.reduce((sum, u) => (u.date >= from && u.date <= to ? sum + u.points : sum), 0);
}

/** Refuses `adding` points on `date` when any cap of the item (in absolute points) would be exceeded. */
export function checkCaps(
  item: Pick<PointsItem, 'name' | 'caps'>,
  date: string,
  used: readonly Usage[],
  adding: number,
): void {
  for (const period of PERIODS) {
    const cap = item.caps[period];
    if (cap === undefined) continue;
    const already = usedIn(used, date, period);
    if (Math.abs(already + adding) > cap) {
      throw new AppError(
        'CONFLICT',
        `${quoted(item.name)}${PERIOD_NAMES[period]}最多 ${cap} 分，已有 ${Math.abs(already)} 分`,
      );
    }
  }
}

/**
 * How many of `wanted` points the item's caps still allow on `date`, and when fewer, why (in the
 * words a member reads): the tightest of its day, month and year caps.
 */
export function allowedPoints(
  item: Pick<PointsItem, 'name' | 'caps'>,
  date: string,
  used: readonly Usage[],
  wanted: number,
): { points: number; reason: string | null } {
  let points = wanted;
  let reason: string | null = null;
  for (const period of PERIODS) {
    const cap = item.caps[period];
    if (cap === undefined) continue;
    const already = Math.abs(usedIn(used, date, period));
    const room = Math.max(0, cap - already);
    if (room < points) {
      points = room;
      reason = `${quoted(item.name)}${PERIOD_NAMES[period]}最多 ${cap} 分，已有 ${already} 分`;
    }
  }
  return { points, reason };
}

export function hasCaps(item: Pick<PointsItem, 'caps'>): boolean {
  return PERIODS.some((p) => item.caps[p] !== undefined);
}

/** Points still available under the item's tightest cap in the periods holding `date`; null = no cap. */
export function roomLeft(
  item: Pick<PointsItem, 'caps'>,
  date: string,
  used: readonly Usage[],
): { room: number | null; period: CapPeriod | null } {
  let best: { room: number | null; period: CapPeriod | null } = { room: null, period: null };
  for (const period of PERIODS) {
    const cap = item.caps[period];
    if (cap === undefined) continue;
    const room = Math.max(0, cap - Math.abs(usedIn(used, date, period)));
    if (best.room === null || room < best.room) best = { room, period };
  }
  return best;
}

/** Keeps the usages of one year (dates are YYYY-MM-DD). */
export function inYear<T extends Usage>(used: readonly T[], year: number): T[] {
  return used.filter((u) => yearOf(u.date) === year);
}
