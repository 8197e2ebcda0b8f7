import type { Me } from '../../../contracts/account';
import { findBranch } from '../org/branches';
import type { OrgDoc } from '../org/docs';
import type { StationOwner } from '../org/stations';
import { pendingJoinsOf, toJoinRequest } from '../join/requests';
import { findById } from '../sdk';
import { orgOf, toProfile, type UserDoc } from './users';

const ref = (d: { _id: string; name: string } | null) => (d ? { id: d._id, name: d.name } : null);

/** Everything the app shows about the signed-in person, read in parallel. */
export async function buildMe(user: UserDoc): Promise<Me> {
  const orgId = orgOf(user);
  const [branch, org, station, [pending]] = await Promise.all([
    user.branchId ? findBranch(user.branchId) : null,
    orgId ? findById<OrgDoc>('orgs', orgId) : null,
    user.stationId ? findById<StationOwner>('stations', user.stationId) : null,
    pendingJoinsOf(user._id),
  ]);
  return {
    profile: toProfile(user),
    branch: ref(branch),
    org: ref(org),
    station: ref(station),
    pendingJoin: pending ? await toJoinRequest(pending) : null,
  };
}
