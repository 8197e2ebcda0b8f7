/**
 * The points demo: the default standard for org_jining, the year so far of ledger entries for the demo
 * members with the totals they add up to (total == sum of entries, as grant() keeps it), the ranking
 * counts, approved claims behind the claimed entries, one pending claim and one message.
 * Call `seedPointsDemo(db)` after the organisation and personas are seeded.
 */
import type { PointsItem, PointsStandard } from '../../../contracts/points';
import { defaultStandard } from '../../core/points/default-standard';
import type { ClaimDoc, LedgerDoc, PendingDoc, StandardDoc, StatsDoc, TotalsDoc } from '../../core/points/docs';
import { entryId, pendingId, statsId, totalsId } from '../../core/points/ids';
import type { MessageDoc } from '../../core/messages/messages';
import type { Database } from '../store/database';
import type { AnyObject } from '../store/types';
import { DEMO_PENDING_CLAIM, DEMO_POINTS, type DemoMemberPoints } from './points-demo-data';

const ORG = 'org_jining';

/** Writes the points demo once: does nothing when org_jining already has a standard. */
export function seedPointsDemo(db: Database, now: Date = new Date()): { seeded: boolean } {
  if (db.find('pointStandards', { _id: ORG }).length > 0) return { seeded: false };
  const standard = defaultStandard(ORG);
  const today = new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10); // China time
  const year = Number(today.slice(0, 4));

  const stdDoc: StandardDoc = {
    _id: ORG,
    orgId: ORG,
    version: 1,
    categories: standard.categories,
    items: standard.items,
    stars: standard.stars,
    updatedAt: new Date(`${year}-01-01T09:00:00+08:00`),
    updatedBy: 'demo_admin',
  };
  const members = DEMO_POINTS.map((m) => memberYear(m, standard.items, standard.categories, today, now));
  const pending = pendingClaim(standard, today, now);
  const stats: StatsDoc = {
    _id: statsId(ORG, year),
    kind: 'stats',
    orgId: ORG,
    year,
    members: members.length,
    branches: countBy(members.map((m) => m.totals.branchId)),
  };
  const pendingCount: PendingDoc = { _id: pendingId(pending.openid), openid: pending.openid, pendingClaims: 1 };
  const latest = members[0]!.claims.filter((c) => c.status === 'approved').slice(-1)[0]!;
  const message: MessageDoc = {
    _id: `msg_claim_${latest._id}`,
    openid: latest.openid,
    kind: 'claim_approved',
    title: '积分申报已通过',
    body: `您申报的“${latest.itemName}”（${latest.date}）已通过审核，+${latest.points} 分已计入年度积分。`,
    refId: latest._id,
    read: false,
    createdAt: latest.decidedAt ?? now,
  };

  db.insert('pointStandards', [asDoc(stdDoc), asDoc(stats)]);
  db.insert(
    'pointLedger',
    members.flatMap((m) => m.entries.map(asDoc)),
  );
  db.insert('pointTotals', [...members.map((m) => asDoc(m.totals)), asDoc(pendingCount)]);
  db.insert('pointClaims', [...members.flatMap((m) => m.claims.map(asDoc)), asDoc(pending)]);
  db.insert('messages', [asDoc(message)]);
  return { seeded: true };
}

/** The store takes plain records; these are the typed shapes the points core reads back. */
const asDoc = (doc: object): AnyObject => ({ ...doc });

function countBy(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/**
 * Up to `times` days spread over January to this month, never after today, and no more in one
 * month than the item's monthly cap allows: early in the year a member has done less.
 */
function spreadDates(times: number, item: PointsItem, salt: number, today: string): string[] {
  const year = today.slice(0, 4);
  const months = Number(today.slice(5, 7));
  const perMonth = item.caps.month ? Math.floor(item.caps.month / Math.abs(item.points)) : Infinity;
  const used = new Map<number, number>();
  const dates: string[] = [];
  for (let k = 0; k < times; k++) {
    const month = 1 + Math.floor((k * months) / times);
    if ((used.get(month) ?? 0) >= perMonth) continue;
    used.set(month, (used.get(month) ?? 0) + 1);
    const day = 3 + ((salt * 5 + k * 11) % 24);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    dates.push(weekday(date > today ? today : date));
  }
  return dates;
}

/** Meetings and study are held on working days: a Saturday or Sunday moves back to the Friday (same month: days start at 3). */
function weekday(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  const back = d.getUTCDay() === 6 ? 1 : d.getUTCDay() === 0 ? 2 : 0;
  return new Date(d.getTime() - back * DAY).toISOString().slice(0, 10);
}

const DAY = 86_400_000;

/**
 * When a claim for `date` was filed (that evening) and decided (a working day or two later, by
 * 10:00), both before `now`: a secretary decides after the claim is filed, never at the same moment.
 */
function claimTimes(date: string, salt: number, now: Date): { filed: Date; decided: Date } {
  const filed = new Date(Math.min(new Date(`${date}T20:30:00+08:00`).getTime(), now.getTime() - 3 * 3600_000));
  const lag = (1 + (salt % 3)) * DAY - 10 * 3600_000; // the next morning, or one or two days after
  const decided = new Date(Math.min(filed.getTime() + lag, now.getTime() - 10 * 60_000));
  return { filed, decided: decided > filed ? decided : new Date(filed.getTime() + 60_000) };
}

function memberYear(
  m: DemoMemberPoints,
  items: readonly PointsItem[],
  categories: ReadonlyArray<{ id: string; name: string }>,
  today: string,
  now: Date,
): { entries: LedgerDoc[]; claims: ClaimDoc[]; totals: TotalsDoc } {
  const entries: LedgerDoc[] = [];
  const claims: ClaimDoc[] = [];
  m.habits.forEach((habit, h) => {
    const item = items.find((i) => i.id === habit.itemId)!;
    const categoryName = categories.find((c) => c.id === item.categoryId)!.name;
    spreadDates(habit.times, item, h + m.openid.length, today).forEach((date, k) => {
      const note = habit.byMonth?.[Number(date.slice(5, 7))] ?? habit.note;
      const { filed, decided } = claimTimes(date, h + k, now);
      const at = new Date(`${date}T18:00:00+08:00`);
      // A claim's points are granted when it is approved; an award or deduction when it is recorded.
      const when = item.claimable ? decided : at > now ? now : at;
      const sourceId = `demo_${m.openid}_${habit.itemId}_${k}`;
      const source = item.claimable ? 'claim' : item.points > 0 ? 'award' : 'deduction';
      if (item.claimable) claims.push({ ...claimOf(m, item, categoryName, date, note, filed, decided), _id: sourceId });
      entries.push({
        _id: entryId(source, sourceId, m.openid),
        openid: m.openid,
        memberName: m.name,
        orgId: ORG,
        branchId: m.branchId,
        year: Number(date.slice(0, 4)),
        date,
        points: item.points,
        itemId: item.id,
        itemName: item.name,
        categoryId: item.categoryId,
        categoryName,
        source,
        sourceId,
        reason: note,
        by: m.by.openid,
        byName: m.by.name,
        at: when,
        reverses: null,
      });
    });
  });
  const year = Number(today.slice(0, 4));
  const totals: TotalsDoc = {
    _id: totalsId(year, m.openid),
    orgId: ORG,
    branchId: m.branchId,
    openid: m.openid,
    name: m.name,
    year,
    total: entries.reduce((s, e) => s + e.points, 0),
    byCategory: entries.reduce<Record<string, number>>(
      (acc, e) => ({ ...acc, [e.categoryId]: (acc[e.categoryId] ?? 0) + e.points }),
      {},
    ),
    updatedAt: now,
  };
  return { entries, claims, totals };
}

/** An approved claim as decideClaims leaves it; the pending demo claim overrides the decision. */
function claimOf(
  m: DemoMemberPoints,
  item: PointsItem,
  categoryName: string,
  date: string,
  note: string,
  filed: Date,
  decided: Date | null,
): ClaimDoc {
  return {
    _id: '',
    openid: m.openid,
    memberName: m.name,
    orgId: ORG,
    branchId: m.branchId,
    itemId: item.id,
    itemName: item.name,
    categoryId: item.categoryId,
    categoryName,
    points: item.points,
    date,
    note,
    photos: [],
    status: 'approved',
    reason: null,
    createdAt: filed,
    decidedAt: decided,
    decidedBy: m.by.openid,
    decidedByName: m.by.name,
  };
}

/** Today's claim of DEMO_PENDING_CLAIM's item, waiting for the branch. */
function pendingClaim(standard: PointsStandard, today: string, now: Date): ClaimDoc {
  const member = DEMO_POINTS.find((m) => m.openid === DEMO_PENDING_CLAIM.openid)!;
  const item = standard.items.find((i) => i.id === DEMO_PENDING_CLAIM.itemId)!;
  const categoryName = standard.categories.find((c) => c.id === item.categoryId)!.name;
  return {
    // Filed this morning (or just now, early in the day), still waiting.
    ...claimOf(member, item, categoryName, today, DEMO_PENDING_CLAIM.note, new Date(Math.max(now.getTime() - 2 * 3600_000, new Date(`${today}T00:05:00+08:00`).getTime())), null),
    _id: 'demo_claim_pending',
    status: 'pending',
    decidedAt: null,
    decidedBy: null,
    decidedByName: null,
  };
}
