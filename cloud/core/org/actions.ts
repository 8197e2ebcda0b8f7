import { API } from '../../../contracts/api';
import { loadActor, requireOrgAdmin, resolveBranchScope } from '../access';
import { AppError } from '../errors';
import { implement } from '../handler';
import { checkFields } from '../content/check';
import { decideJoin } from '../join/decide';
import { listJoinQueue } from '../join/queue';
import { listBranches } from './branch-list';
import { inviteCodeFor } from './invite-code';
import { listMembers } from './members';
import { setRoles } from './roles';
import { listRoster } from './roster';
import { importRoster } from './roster-import';

export const orgActions = {
  listBranches: implement(API.org.listBranches, ({ caller }) => listBranches(caller.openid)),

  listJoinRequests: implement(API.org.listJoinRequests, async ({ caller }, input) => {
    const scope = await resolveBranchScope(await loadActor(caller.openid), input?.branchId);
    return listJoinQueue(scope, input?.status ?? 'pending');
  }),

  decideJoin: implement(API.org.decideJoin, async ({ caller, now }, input) => {
    // The reason is read by the applicant.
    await checkFields(caller.openid, [{ label: '理由', text: input.reason ?? '' }]);
    return decideJoin(await loadActor(caller.openid), input, now);
  }),

  getInviteCode: implement(API.org.getInviteCode, async ({ caller, now }, input) => {
    const { branch } = await resolveBranchScope(await loadActor(caller.openid), input?.branchId);
    if (!branch) throw new AppError('INVALID_INPUT', '请选择支部');
    return { branchId: branch._id, code: await inviteCodeFor(branch, input?.renew === true, now) };
  }),

  listMembers: implement(API.org.listMembers, async ({ caller }, input) =>
    listMembers(await resolveBranchScope(await loadActor(caller.openid), input?.branchId)),
  ),

  importRoster: implement(API.org.importRoster, async ({ caller, now }, input) =>
    importRoster(requireOrgAdmin(await loadActor(caller.openid)), caller.openid, input, now),
  ),

  listRoster: implement(API.org.listRoster, async ({ caller }) => listRoster(requireOrgAdmin(await loadActor(caller.openid)))),

  setRoles: implement(API.org.setRoles, async ({ caller, now }, input) => setRoles(await loadActor(caller.openid), input, now)),
};
