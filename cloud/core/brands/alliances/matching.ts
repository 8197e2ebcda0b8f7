// Which resources answer which needs, simply enough to explain on the page: a resource of another
// unit answers a need when it is in the same category (2 points) or shares tags (1 point each).
import { OFFER_CATEGORIES, type OfferMatch } from '../../../../contracts/brands-alliances';
import type { OfferDoc } from '../docs';

const normal = (tag: string) => tag.normalize('NFKC').toLowerCase();

export function matchOf(need: OfferDoc, resource: OfferDoc): OfferMatch | null {
  if (resource.memberKey === need.memberKey) return null; // a unit does not answer its own need
  const reasons: string[] = [];
  let score = 0;
  if (resource.category === need.category) {
    score += 2;
    reasons.push(`同属“${OFFER_CATEGORIES[need.category]}”类`);
  }
  const wanted = new Set(need.tags.map(normal));
  const shared = resource.tags.filter((t) => wanted.has(normal(t)));
  if (shared.length) {
    score += shared.length;
    reasons.push(`共同标签：${shared.join('、')}`);
  }
  return score > 0 ? { resourceId: resource._id, score, reasons } : null;
}

/** For each open need, the best three open resources that answer it (higher score, then newer). */
export function matchOffers(offers: readonly OfferDoc[]): Array<{ needId: string; resources: OfferMatch[] }> {
  const open = offers.filter((o) => o.status === 'open');
  const resources = open.filter((o) => o.kind === 'resource');
  const newer = new Map(resources.map((r) => [r._id, new Date(r.createdAt).getTime()]));
  return open
    .filter((o) => o.kind === 'need')
    .map((need) => ({
      needId: need._id,
      resources: resources
        .map((r) => matchOf(need, r))
        .filter((m): m is OfferMatch => !!m)
        .sort((a, b) => b.score - a.score || newer.get(b.resourceId)! - newer.get(a.resourceId)!)
        .slice(0, 3),
    }));
}
