// 党建联盟 for everyone: the published alliances of an org, and an alliance's page.
import type { AllianceCard, AllianceDetail } from '../../../../contracts/brands-alliances';
import type { Actor } from '../../access';
import { _, getList, MAX_LIMIT } from '../../sdk';
import { linkedActivities } from '../activities';
import {
  ALLIANCES,
  coll,
  MEETINGS,
  OFFERS,
  targetKey,
  type AllianceDoc,
  type MeetingDoc,
  type OfferDoc,
} from '../docs';
import { canEditAlliance } from '../editors';
import { countsOf, engagementOf } from '../engagement';
import { loadListed } from '../load';
import { shareOf } from '../cards';
import { matchOffers } from './matching';
import { toMeeting } from './meetings';
import { postableKeys, toOffer } from './offers';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export async function readAlliance(actor: Actor, id: string): Promise<AllianceDetail> {
  const doc = await loadListed<AllianceDoc>('alliance', id);
  const [meetings, offers, activities, engagement] = await Promise.all([
    getList<MeetingDoc>(coll(MEETINGS).where({ allianceId: id }).orderBy('date', 'desc').limit(50)),
    getList<OfferDoc>(coll(OFFERS).where({ allianceId: id }).orderBy('createdAt', 'desc').limit(200)),
    linkedActivities(actor, { allianceId: id }),
    engagementOf('alliance', id, actor.openid),
  ]);
  const alliance = {
    ...doc.published,
    id: doc._id,
    orgId: doc.orgId,
    orgName: doc.orgName,
    publishedAt: iso(doc.publishedAt),
  };
  const shown = offers.map((o) => toOffer(o, actor, doc));
  return {
    alliance,
    meetings: meetings.map(toMeeting),
    resources: shown.filter((o) => o.kind === 'resource'),
    needs: shown.filter((o) => o.kind === 'need'),
    matches: matchOffers(offers),
    activities,
    engagement,
    share: shareOf('alliance', id, doc),
    canEdit: canEditAlliance(actor, doc),
    canPostFor: postableKeys(actor, doc),
  };
}

/** Published alliances of an org, newest first, with their open needs and counts (3 requests). */
export async function listAlliances(orgId: string): Promise<AllianceCard[]> {
  const docs = await getList<AllianceDoc>(
    coll(ALLIANCES).where({ orgId, listed: true }).orderBy('publishedAt', 'desc').limit(100),
  );
  const ids = docs.map((d) => d._id);
  const [needs, counts] = await Promise.all([
    ids.length
      ? getList<Pick<OfferDoc, 'allianceId'>>(
          coll(OFFERS)
            .where({ allianceId: _.in(ids), kind: 'need', status: 'open' })
            .limit(MAX_LIMIT)
            .field({ allianceId: true }),
        )
      : [],
    countsOf(ids.map((i) => targetKey('alliance', i))),
  ]);
  return docs.map((d) => {
    const c = counts.get(targetKey('alliance', d._id))!;
    return {
      id: d._id,
      name: d.published!.name,
      purpose: d.published!.purpose,
      orgName: d.orgName,
      cover: d.published!.cover,
      members: d.published!.members.length,
      openNeeds: needs.filter((n) => n.allianceId === d._id).length,
      likes: Math.max(0, c.likes),
      views: c.views,
    };
  });
}
