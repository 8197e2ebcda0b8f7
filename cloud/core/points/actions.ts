import { API } from '../../../contracts/api';
import { loadActor, requireOrgAdmin, resolveBranchScope } from '../access';
import { implement } from '../handler';
import { checkFields } from '../content/check';
import { award } from './award';
import { branchRanking } from './branch-ranking';
import { claimQueue, createClaim, myClaims, readClaim, withdrawClaim } from './claims';
import { correct } from './correct';
import { chinaYear } from './dates';
import { decideClaims } from './decide';
import { exportBranch } from './export';
import { buildGap } from './gap';
import { readLedger } from './ledger';
import { loadCaller, requireMember, requireOrg } from './members';
import { ranking } from './ranking';
import { loadStandard, saveStandard } from './standard';
import { buildSummary } from './summary';

export const pointsActions = {
  getStandard: implement(API.points.getStandard, async ({ caller }) =>
    loadStandard(requireOrg(await loadActor(caller.openid))),
  ),

  saveStandard: implement(API.points.saveStandard, async ({ caller, now }, input) => {
    // Every member reads the categories and items.
    await checkFields(caller.openid, [
      ...input.categories.map((c) => ({ label: '类别名称', text: c.name })),
      ...input.items.map((i) => ({ label: '项目名称', text: i.name })),
    ]);
    return saveStandard(requireOrgAdmin(await loadActor(caller.openid)), caller.openid, input, now);
  }),

  // The caller's own numbers: the totals document carries their org and branch (see summary.ts).
  summary: implement(API.points.summary, ({ caller, now }, input) =>
    buildSummary(caller.openid, input?.year ?? chinaYear(now)),
  ),

  gap: implement(API.points.gap, async ({ caller, now }, input) => {
    const { actor, name } = await loadCaller(caller.openid);
    return buildGap(requireMember(actor, name), input?.year ?? chinaYear(now), now);
  }),

  claim: implement(API.points.claim, async ({ caller, now }, input) => {
    // The note is read by the branch secretary.
    await checkFields(caller.openid, [{ label: '说明', text: input.note }]);
    const { actor, name } = await loadCaller(caller.openid);
    return createClaim(requireMember(actor, name), input, now);
  }),

  withdrawClaim: implement(API.points.withdrawClaim, ({ caller, now }, input) =>
    withdrawClaim(caller.openid, input.claimId, now),
  ),

  getClaim: implement(API.points.getClaim, async ({ caller }, input) =>
    readClaim(await loadActor(caller.openid), input.claimId),
  ),

  myClaims: implement(API.points.myClaims, ({ caller }, input) => myClaims(caller.openid, input?.cursor)),

  claimQueue: implement(API.points.claimQueue, async ({ caller }, input) =>
    claimQueue(await resolveBranchScope(await loadActor(caller.openid), input?.branchId), input?.cursor),
  ),

  decideClaims: implement(API.points.decideClaims, async ({ caller, now }, input) => {
    await checkFields(caller.openid, [{ label: '理由', text: input.reason ?? '' }]);
    return decideClaims(await loadCaller(caller.openid), input, now);
  }),

  award: implement(API.points.award, async ({ caller, now }, input) => {
    await checkFields(caller.openid, [{ label: '理由', text: input.reason }]);
    return award(await loadCaller(caller.openid), input, now);
  }),

  correct: implement(API.points.correct, async ({ caller, now }, input) => {
    await checkFields(caller.openid, [{ label: '理由', text: input.reason }]);
    return correct(await loadCaller(caller.openid), input, now);
  }),

  ledger: implement(API.points.ledger, async ({ caller, now }, input) =>
    readLedger(
      await loadActor(caller.openid),
      input?.openid,
      input?.year ?? chinaYear(now),
      input?.cursor,
      input?.limit ?? 20,
    ),
  ),

  ranking: implement(API.points.ranking, async ({ caller, now }, input) =>
    ranking(await loadActor(caller.openid), {
      scope: input.scope,
      year: input.year ?? chinaYear(now),
      page: input.page ?? 1,
      pageSize: input.pageSize ?? 20,
    }),
  ),

  branchRanking: implement(API.points.branchRanking, async ({ caller, now }, input) =>
    branchRanking(requireOrg(await loadActor(caller.openid)), input?.year ?? chinaYear(now)),
  ),

  exportBranch: implement(API.points.exportBranch, async ({ caller, now }, input) =>
    exportBranch(
      await resolveBranchScope(await loadActor(caller.openid), input?.branchId),
      input?.year ?? chinaYear(now),
    ),
  ),
};
