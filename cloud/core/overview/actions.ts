import { API } from '../../../contracts/api';
import { loadActor, resolveBranchScope } from '../access';
import { implement } from '../handler';
import { chinaYear } from '../points/dates';
import { buildOverview } from './build';
import { exportOverview } from './export';

// The scope rule is the points queue's: a secretary their own branch, the org admin the org or one of its branches.
export const overviewActions = {
  tables: implement(API.overview.tables, async ({ caller, now }, input) =>
    buildOverview(
      await resolveBranchScope(await loadActor(caller.openid), input?.branchId),
      input?.year ?? chinaYear(now),
      now,
    ),
  ),
  export: implement(API.overview.export, async ({ caller, now }, input) =>
    exportOverview(
      await buildOverview(
        await resolveBranchScope(await loadActor(caller.openid), input?.branchId),
        input?.year ?? chinaYear(now),
        now,
      ),
    ),
  ),
};
