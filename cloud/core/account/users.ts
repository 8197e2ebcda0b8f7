import type { Profile } from '../../../contracts/account';
import { db, getList, isDuplicateKey } from '../sdk';

/** A user as stored: the shared Profile, keyed by OPENID as `_id`, with real Dates. */
export type UserDoc = Omit<Profile, 'openid' | 'createdAt' | 'updatedAt'> & {
  _id: string;
  createdAt: Date;
  updatedAt: Date;
};

const users = () => db.collection('users');

export async function findUser(openid: string): Promise<UserDoc | null> {
  const [user] = await getList<UserDoc>(users().where({ _id: openid }).limit(1));
  return user ?? null;
}

/** Returns the caller's user, creating a crew member on first sight; safe under concurrent first calls. */
export async function ensureUser(openid: string, now: Date): Promise<UserDoc> {
  const existing = await findUser(openid);
  if (existing) return existing;
  const fresh: UserDoc = {
    _id: openid,
    name: '',
    avatarUrl: '',
    phone: null,
    roles: ['crew'],
    branchId: null,
    orgId: null,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await users().add({ data: fresh });
    return fresh;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return (await findUser(openid))!; // another call created it first
  }
}

export async function updateUser(openid: string, patch: Partial<Omit<UserDoc, '_id' | 'createdAt'>>): Promise<void> {
  await users().doc(openid).update({ data: patch });
}

export function toProfile(u: UserDoc): Profile {
  return {
    openid: u._id,
    name: u.name,
    avatarUrl: u.avatarUrl,
    phone: u.phone,
    roles: u.roles,
    branchId: u.branchId,
    orgId: u.orgId,
    createdAt: new Date(u.createdAt).toISOString(),
    updatedAt: new Date(u.updatedAt).toISOString(),
  };
}
