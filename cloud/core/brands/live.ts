// Live figures: numbers a brand shows that RedSail computes from its own records when the brand is
// read, so they are never typed in and never stale. Each is a count or sum over indexed fields:
// branches' member counts, this year's finished activities (org_status_start / branch_status_start)
// with the hours closing credited (creditedHours; for an activity closed before that was kept, or
// whose close stopped half-way, its credited sign-ups are summed instead), and the points totals
// (one aggregate over pointTotals by org or branch and year, as the branch ranking does).
import { ACTIVITIES, ENROLLMENTS } from '../volunteer/docs';
import { TOTALS } from '../points/docs';
import { memberCounts } from '../org/branches';
import type { BranchDoc } from '../org/docs';
import { _, aggregateList, db, getList, MAX_LIMIT } from '../sdk';

export interface LiveNumbers {
  members: number;
  volunteerHours: number;
  activitiesHeld: number;
  averagePoints: number;
}

type Where = { orgId: string } | { branchId: string };

/** [start, end) of a year in China time. */
export function chinaYearRange(year: number): [Date, Date] {
  return [new Date(`${year}-01-01T00:00:00+08:00`), new Date(`${year + 1}-01-01T00:00:00+08:00`)];
}

export interface HeldActivity {
  _id: string;
  branchId: string;
  startAt: Date;
  creditedHours?: number;
}

/** This year's finished activities of an org or a branch: only the fields the figures need. */
export async function finishedActivities(where: Where, year: number): Promise<HeldActivity[]> {
  const [start, end] = chinaYearRange(year);
  const out: HeldActivity[] = [];
  for (;;) {
    const page = await getList<HeldActivity>(
      db
        .collection(ACTIVITIES)
        .where({ ...where, status: 'finished', startAt: _.gte(start).and(_.lt(end)) })
        .orderBy('startAt', 'asc')
        .orderBy('_id', 'asc')
        .skip(out.length)
        .limit(MAX_LIMIT)
        .field({ _id: true, branchId: true, startAt: true, creditedHours: true }),
    );
    out.push(...page);
    if (page.length < MAX_LIMIT) return out;
  }
}

/**
 * How many ids one `_.in` carries: the local cloud tests every candidate against the whole list, so
 * its cost grows with the list; CloudBase takes up to 1000.
 */
export const IN_CHUNK = 100;

/** Credited service hours per activity: the total closing kept, else the sum of its credited sign-ups. */
export async function hoursByActivity(held: readonly HeldActivity[]): Promise<Map<string, number>> {
  const $ = db.command.aggregate;
  const out = new Map<string, number>();
  for (const a of held) if (typeof a.creditedHours === 'number') out.set(a._id, a.creditedHours);
  const missing = held.filter((a) => !out.has(a._id)).map((a) => a._id);
  for (let i = 0; i < missing.length; i += IN_CHUNK) {
    const rows = await aggregateList<{ _id: string; hours: number }>(
      db
        .collection(ENROLLMENTS)
        .aggregate()
        .match({ activityId: _.in(missing.slice(i, i + IN_CHUNK)), credited: true })
        .group({ _id: '$activityId', hours: $.sum('$hours') })
        .limit(MAX_LIMIT),
    );
    for (const r of rows) out.set(r._id, r.hours ?? 0);
  }
  return out;
}

/** Members with points this year and their points, per branch. */
async function pointsByBranch(where: Where, year: number): Promise<Map<string, { members: number; total: number }>> {
  const $ = db.command.aggregate;
  const rows = await aggregateList<{ _id: string; members: number; total: number }>(
    db
      .collection(TOTALS)
      .aggregate()
      .match({ ...where, year })
      .group({ _id: '$branchId', members: $.sum(1), total: $.sum('$total') })
      .limit(MAX_LIMIT),
  );
  return new Map(rows.map((r) => [r._id, r]));
}

const average = (p: { members: number; total: number } | undefined) =>
  p && p.members ? Math.round((p.total / p.members) * 10) / 10 : 0;
const roundHours = (h: number) => Math.round(h * 10) / 10;

/**
 * The live numbers of every branch of an org and of the org as a whole, in three database requests
 * (activities, their hours, the points totals) besides the branches the caller already has.
 */
export async function liveForOrg(
  orgId: string,
  branches: readonly BranchDoc[],
  year: number,
): Promise<{ org: LiveNumbers; byBranch: Map<string, LiveNumbers> }> {
  const [held, points, members] = await Promise.all([
    finishedActivities({ orgId }, year),
    pointsByBranch({ orgId }, year),
    memberCounts(branches.map((b) => b._id)),
  ]);
  const hours = await hoursByActivity(held);
  const byBranch = new Map<string, LiveNumbers>();
  for (const b of branches) {
    const mine = held.filter((a) => a.branchId === b._id);
    byBranch.set(b._id, {
      members: members.get(b._id) ?? 0,
      volunteerHours: roundHours(mine.reduce((sum, a) => sum + (hours.get(a._id) ?? 0), 0)),
      activitiesHeld: mine.length,
      averagePoints: average(points.get(b._id)),
    });
  }
  const all = [...points.values()].reduce((s, p) => ({ members: s.members + p.members, total: s.total + p.total }), {
    members: 0,
    total: 0,
  });
  return {
    org: {
      members: [...members.values()].reduce((a, b) => a + b, 0),
      volunteerHours: roundHours([...hours.values()].reduce((a, b) => a + b, 0)),
      activitiesHeld: held.length,
      averagePoints: average(all),
    },
    byBranch,
  };
}

/** One branch's live numbers. */
export async function liveForBranch(branch: BranchDoc, year: number): Promise<LiveNumbers> {
  const [held, points, members] = await Promise.all([
    finishedActivities({ branchId: branch._id }, year),
    pointsByBranch({ branchId: branch._id }, year),
    memberCounts([branch._id]),
  ]);
  const hours = await hoursByActivity(held);
  return {
    members: members.get(branch._id) ?? 0,
    volunteerHours: roundHours([...hours.values()].reduce((a, b) => a + b, 0)),
    activitiesHeld: held.length,
    averagePoints: average(points.get(branch._id)),
  };
}
