import type { GapMeter } from '../../../contracts/points';
import { findById, getList, MAX_LIMIT } from '../sdk';
import { inYear, roomLeft, type Usage } from './caps';
import { chinaToday } from './dates';
import { claims, TOTALS, type ClaimDoc, type TotalsDoc } from './docs';
import { totalsId } from './ids';
import { yearEntries } from './ledger';
import type { Member } from './members';
import { categoryName, loadStandard } from './standard';
import { nextStarFor } from './stars';

/** The day the caps' periods are taken around: today, or the nearest day of the year asked for. */
function referenceDay(year: number, now: Date): string {
  const today = chinaToday(now);
  if (year === Number(today.slice(0, 4))) return today;
  return year < Number(today.slice(0, 4)) ? `${year}-12-31` : `${year}-01-01`;
}

/** How far the member is from the next star, and what each claimable item still allows (granted + pending). */
export async function buildGap(member: Member, year: number, now: Date): Promise<GapMeter> {
  const [standard, totals, entries, pending] = await Promise.all([
    loadStandard(member.orgId),
    findById<TotalsDoc>(TOTALS, totalsId(year, member.openid)),
    yearEntries(member.openid, year),
    getList<ClaimDoc>(claims().where({ openid: member.openid, status: 'pending' }).limit(MAX_LIMIT)),
  ]);
  const total = totals?.total ?? 0;
  const day = referenceDay(year, now);
  const usage = new Map<string, Usage[]>();
  for (const u of [...entries, ...inYear(pending, year)]) {
    if (!u.itemId) continue;
    usage.set(u.itemId, [...(usage.get(u.itemId) ?? []), u]);
  }
  return {
    year,
    total,
    nextStar: nextStarFor(standard.stars, total),
    items: standard.items
      .filter((i) => i.active && i.claimable && i.points > 0)
      .map((i) => ({
        itemId: i.id,
        name: i.name,
        categoryName: categoryName(standard, i.categoryId),
        points: i.points,
        ...roomLeft(i, day, usage.get(i.id) ?? []),
      })),
  };
}
