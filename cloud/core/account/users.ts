import type { Profile } from '../../../contracts/account';
import { _, db, findById, getList, isDuplicateKey, MAX_LIMIT } from '../sdk';

/** A user as stored: the shared Profile, keyed by OPENID as `_id`, with real Dates. */
export type UserDoc = Omit<Profile, 'openid' | 'createdAt' | 'updatedAt'> & {
  _id: string;
  createdAt: Date;
  updatedAt: Date;
};

const users = () => db.collection('users');

export function findUser(openid: string): Promise<UserDoc | null> {
  return findById<UserDoc>('users', openid);
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
    stationId: null,
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
    // Users stored before stations existed have no stationId.
    stationId: u.stationId ?? null,
    createdAt: new Date(u.createdAt).toISOString(),
    updatedAt: new Date(u.updatedAt).toISOString(),
  };
}

/** The people of one branch, or of a whole org. */
export function listUsers(where: { branchId: string } | { orgId: string }): Promise<UserDoc[]> {
  return getList<UserDoc>(users().where(where).limit(MAX_LIMIT));
}

/** Makes the user a party member of a branch; addToSet keeps every role they already hold. */
export async function admitMember(
  openid: string,
  m: { orgId: string; branchId: string; name: string; phone: string | null },
  now: Date,
): Promise<void> {
  await users()
    .doc(openid)
    .update({
      data: {
        roles: _.addToSet('member'),
        orgId: m.orgId,
        branchId: m.branchId,
        name: m.name,
        ...(m.phone && { phone: m.phone }),
        updatedAt: now,
      },
    });
}
