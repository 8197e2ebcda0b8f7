import type { RankingPage, RankingRow } from '../../../contracts/points';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { listBranchDocs } from '../org/branches';
import { _, findById, findByIds, getCount, getList } from '../sdk';
import { STANDARDS, TOTALS, totals, type StandardDoc, type StatsDoc, type TotalsDoc } from './docs';
import { statsId, totalsId } from './ids';
import { requireOrg } from './members';
import { toStandard } from './standard';
import { starFor } from './stars';

type Where = { branchId: string; year: number } | { orgId: string; year: number };

/** How many in the scope have a higher total: a range count on the (scope, year, total) index. */
function countAbove(where: Where, total: number): Promise<number> {
  return getCount(totals().where({ ...where, total: _.gt(total) }));
}

/**
 * A page of the branch's or the org's ranking, total high to low, ties in openid order and sharing
 * a rank (rank = 1 + how many have more). The page is skip/limit on the index; the caller's own
 * row comes from their totals and one count, wherever they stand: nobody's list is loaded whole.
 */
export async function ranking(
  actor: Actor,
  input: { scope: 'branch' | 'org'; year: number; page: number; pageSize: number },
): Promise<RankingPage> {
  const orgId = requireOrg(actor);
  if (input.scope === 'branch' && !actor.branchId) throw new AppError('FORBIDDEN', '加入党支部后才能查看支部排名');
  const where: Where =
    input.scope === 'branch' ? { branchId: actor.branchId!, year: input.year } : { orgId, year: input.year };
  const skip = (input.page - 1) * input.pageSize;
  const [docs, mine, config, branches] = await Promise.all([
    getList<TotalsDoc>(
      totals().where(where).orderBy('total', 'desc').orderBy('openid', 'asc').skip(skip).limit(input.pageSize),
    ),
    findById<TotalsDoc>(TOTALS, totalsId(input.year, actor.openid)),
    findByIds<StandardDoc | StatsDoc>(STANDARDS, [orgId, statsId(orgId, input.year)]),
    listBranchDocs(orgId),
  ]);
  const standard = toStandard(orgId, (config.find((d) => d._id === orgId) as StandardDoc | undefined) ?? null);
  const stats = config.find((d) => d._id === statsId(orgId, input.year)) as StatsDoc | undefined;
  const me = mine && ('branchId' in where ? mine.branchId === where.branchId : mine.orgId === orgId) ? mine : null;
  const meOnPage = me ? docs.findIndex((d) => d._id === me._id) : -1;
  const [firstAbove, meAbove] = await Promise.all([
    docs[0] && skip > 0 ? countAbove(where, docs[0].total) : 0,
    me && meOnPage < 0 ? countAbove(where, me.total) : 0,
  ]);

  const branchNames = new Map(branches.map((b) => [b._id, b.name]));
  const row = (d: TotalsDoc, rank: number): RankingRow => ({
    rank,
    openid: d.openid,
    name: d.name,
    branchName: branchNames.get(d.branchId) ?? '',
    total: d.total,
    stars: starFor(standard.stars, d.total)?.stars ?? 0,
  });
  const rows: RankingRow[] = [];
  docs.forEach((d, i) => {
    const previous = rows[i - 1];
    const rank = i === 0 ? 1 + firstAbove : d.total === docs[i - 1]!.total ? previous!.rank : skip + i + 1;
    rows.push(row(d, rank));
  });
  return {
    rows,
    page: input.page,
    pageSize: input.pageSize,
    size: ('branchId' in where ? stats?.branches[where.branchId] : stats?.members) ?? 0,
    me: me ? (rows[meOnPage] ?? row(me, 1 + meAbove)) : null,
  };
}
