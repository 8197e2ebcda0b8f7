import type { JoinStatus } from '../../../contracts/account';
import type { JoinApplicant, JoinQueueItem } from '../../../contracts/org';
import type { Scope } from '../access';
import { orgOf, type UserDoc } from '../account/users';
import type { OrgDoc } from '../org/docs';
import type { StationOwner } from '../org/stations';
import { findByIds } from '../sdk';
import { listJoinRequestDocs, toJoinRequests, type JoinRequestDoc } from './requests';

/**
 * A scope's requests as the deciding secretary sees them: whether a roster request matched the
 * branch's roster, and who is asking as they are now (roles, org, station), read in a few batches.
 */
export async function listJoinQueue(scope: Scope, status: JoinStatus): Promise<JoinQueueItem[]> {
  const docs = await listJoinRequestDocs(scope, status);
  const [requests, people] = await Promise.all([
    toJoinRequests(docs),
    findByIds<UserDoc>(
      'users',
      docs.map((d) => d.openid),
    ),
  ]);
  const stations = await findByIds<StationOwner>(
    'stations',
    people.flatMap((u) => (u.stationId ? [u.stationId] : [])),
  );
  const orgs = await findByIds<OrgDoc>(
    'orgs',
    [...people.map(orgOf), ...stations.map((s) => s.orgId)].filter((o): o is string => !!o),
  );
  const orgName = new Map(orgs.map((o) => [o._id, o.name]));
  const stationOf = new Map(stations.map((s) => [s._id, s]));
  const personOf = new Map(people.map((u) => [u._id, u]));

  const applicant = (u: UserDoc | undefined): JoinApplicant => {
    const org = u ? orgOf(u) : null;
    const station = u?.roles.includes('station_staff') && u.stationId ? stationOf.get(u.stationId) : undefined;
    return {
      roles: u?.roles ?? ['crew'],
      org: org ? { id: org, name: orgName.get(org) ?? '' } : null,
      station: station ? { id: station._id, name: station.name, orgName: orgName.get(station.orgId) ?? '' } : null,
    };
  };
  return requests.map((r, i) => ({
    ...r,
    rosterMatch: rosterMatch(docs[i]!),
    applicant: applicant(personOf.get(r.openid)),
  }));
}

function rosterMatch(d: JoinRequestDoc): JoinQueueItem['rosterMatch'] {
  if (d.via !== 'roster') return null;
  return d.rosterId ? 'matched' : 'not_found';
}
