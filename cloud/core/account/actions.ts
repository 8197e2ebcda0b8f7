import { API } from '../../../contracts/api';
import { implement } from '../handler';
import { cancelJoin, requestJoin } from '../join/request';
import { buildMe } from './me';
import { ensureUser, toProfile, updateUser } from './users';
import { acceptAvatar } from './avatar';
import { exportMine } from '../privacy/export-mine';
import { deleteMine } from '../privacy/delete-mine';
import { checkFields } from '../content/check';

export const accountActions = {
  whoami: implement(API.account.whoami, async ({ caller, now }) => buildMe(await ensureUser(caller.openid, now))),

  updateProfile: implement(API.account.updateProfile, async ({ caller, now }, input) => {
    // Others see the name and the picture (member lists, queues, rankings).
    await checkFields(caller.openid, [{ label: '姓名或昵称', text: input.name ?? '' }]);
    const user = await ensureUser(caller.openid, now);
    if (input.avatarUrl !== user.avatarUrl) await acceptAvatar(caller.openid, input.avatarUrl, now);
    const patch = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.avatarUrl !== undefined && { avatarUrl: input.avatarUrl }),
      ...(input.phone !== undefined && { phone: input.phone || null }),
      updatedAt: now,
    };
    await updateUser(caller.openid, patch);
    return toProfile({ ...user, ...patch });
  }),

  requestJoin: implement(API.account.requestJoin, async ({ caller, now }, input) => {
    // The branch secretary reads the name.
    await checkFields(caller.openid, [{ label: '姓名', text: input.name }]);
    return requestJoin(caller.openid, input, now);
  }),

  cancelJoin: implement(API.account.cancelJoin, ({ caller, now }) => cancelJoin(caller.openid, now)),

  exportMine: implement(API.account.exportMine, ({ caller, now }) => exportMine(caller.openid, now)),

  deleteMine: implement(API.account.deleteMine, ({ caller, now }) => deleteMine(caller.openid, now)),
};
