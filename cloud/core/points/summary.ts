import type { PointsSummary } from '../../../contracts/points';
import { loadActor } from '../access';
import { _, aggregateList, db, findByIds } from '../sdk';
import { categoryPoints } from './categories';
import { STANDARDS, TOTALS, type PendingDoc, type StandardDoc, type StatsDoc, type TotalsDoc } from './docs';
import { pendingId, statsId, totalsId } from './ids';
import { ledgerPage, toEntry } from './ledger';
import { requireOrg } from './members';
import { toStandard } from './standard';
import { nextStarFor, starFor } from './stars';

const RECENT = 20;

/**
 * The 积分 tab in at most 4 database requests, in two rounds:
 *   1. the member's totals and pending-claims documents (one `_id in` read) ‖ the last 20 entries;
 *   2. the org's standard and its yearly member counts (one `_id in` read) ‖ the ranks (one aggregate).
 * Someone with no totals this year has no rank; their org comes from their user document instead.
 */
export async function buildSummary(openid: string, year: number): Promise<PointsSummary> {
  const [mine, recent] = await Promise.all([
    findByIds<TotalsDoc | PendingDoc>(TOTALS, [totalsId(year, openid), pendingId(openid)]),
    ledgerPage(openid, year, null, RECENT),
  ]);
  const totals = (mine.find((d) => d._id === totalsId(year, openid)) as TotalsDoc | undefined) ?? null;
  const pending = mine.find((d) => d._id === pendingId(openid)) as PendingDoc | undefined;
  const where = totals ?? (await whereCaller(openid));

  const [config, above] = await Promise.all([
    findByIds<StandardDoc | StatsDoc>(STANDARDS, [where.orgId, statsId(where.orgId, year)]),
    totals ? membersAbove(totals) : null,
  ]);
  const standard = toStandard(
    where.orgId,
    (config.find((d) => d._id === where.orgId) as StandardDoc | undefined) ?? null,
  );
  const stats = config.find((d) => d._id === statsId(where.orgId, year)) as StatsDoc | undefined;
  const total = totals?.total ?? 0;
  const orgAbove = above ? [...above.values()].reduce((a, b) => a + b, 0) : 0;
  return {
    year,
    total,
    byCategory: categoryPoints(standard, totals?.byCategory ?? {}),
    star: starFor(standard.stars, total),
    nextStar: nextStarFor(standard.stars, total),
    branchRank: above && totals ? 1 + (above.get(totals.branchId) ?? 0) : null,
    branchSize: (where.branchId && stats?.branches[where.branchId]) || 0,
    orgRank: above ? 1 + orgAbove : null,
    orgSize: stats?.members ?? 0,
    recent: recent.items.map(toEntry),
    pendingClaims: Math.max(0, pending?.pendingClaims ?? 0),
  };
}

/** The caller's org and branch when they have no totals this year (one more read, in place of the ranks). */
async function whereCaller(openid: string): Promise<{ orgId: string; branchId: string | null }> {
  const actor = await loadActor(openid);
  return { orgId: requireOrg(actor), branchId: actor.branchId };
}

/**
 * Members of the org with a higher total, by branch: rank = 1 + how many are above, in the org
 * and in the branch. The $match is a range on the (orgId, year, total) index, so the cost is the
 * number of members above, never the whole org.
 */
async function membersAbove(t: TotalsDoc): Promise<Map<string, number>> {
  const $ = db.command.aggregate;
  const rows = await aggregateList<{ _id: string; n: number }>(
    db
      .collection(TOTALS)
      .aggregate()
      .match({ orgId: t.orgId, year: t.year, total: _.gt(t.total) })
      .group({ _id: '$branchId', n: $.sum(1) }),
  );
  return new Map(rows.map((r) => [r._id, r.n]));
}
