import { API } from '../../../contracts/api';
import { implement } from '../handler';
import { cancelJoin, requestJoin } from '../join/request';
import { buildMe } from './me';
import { ensureUser, toProfile, updateUser } from './users';

export const accountActions = {
  whoami: implement(API.account.whoami, async ({ caller, now }) => buildMe(await ensureUser(caller.openid, now))),

  updateProfile: implement(API.account.updateProfile, async ({ caller, now }, input) => {
    const user = await ensureUser(caller.openid, now);
    const patch = {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.avatarUrl !== undefined && { avatarUrl: input.avatarUrl }),
      ...(input.phone !== undefined && { phone: input.phone || null }),
      updatedAt: now,
    };
    await updateUser(caller.openid, patch);
    return toProfile({ ...user, ...patch });
  }),

  requestJoin: implement(API.account.requestJoin, ({ caller, now }, input) => requestJoin(caller.openid, input, now)),

  cancelJoin: implement(API.account.cancelJoin, ({ caller, now }) => cancelJoin(caller.openid, now)),
};
