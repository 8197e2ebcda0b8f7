import type { Profile } from '../../../contracts/account';
import { _, db, findById, getList, isDuplicateKey, MAX_LIMIT } from '../sdk';

/** A user as stored: the shared Profile, keyed by OPENID as `_id`, with real Dates. */
export type UserDoc = Omit<Profile, 'openid' | 'createdAt' | 'updatedAt'> & {
  _id: string;
  createdAt: Date;
  updatedAt: Date;
};

export const users = () => db.collection('users');

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

/** The staff of these stations (who may belong to no org: a station assignment does not make them part of one). */
export function listStationStaff(stationIds: readonly string[]): Promise<UserDoc[]> {
  if (stationIds.length === 0) return Promise.resolve([]);
  return getList<UserDoc>(users().where({ stationId: _.in([...stationIds]) }).limit(MAX_LIMIT));
}

/**
 * The org a person belongs to: through their branch, or as its admin. Station staff and
 * applicants belong to none, so they stay free to join any org's branch.
 */
export function orgOf(u: Pick<UserDoc, 'orgId' | 'branchId' | 'roles'> | null): string | null {
  if (!u?.orgId) return null;
  return u.branchId || u.roles.includes('org_admin') ? u.orgId : null;
}
