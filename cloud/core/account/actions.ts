import { API } from '../../../contracts/api';
import { implement } from '../handler';
import { ensureUser, toProfile, updateUser } from './users';

export const accountActions = {
  whoami: implement(API.account.whoami, async ({ caller, now }) => toProfile(await ensureUser(caller.openid, now))),

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
};
