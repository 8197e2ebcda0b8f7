// What a showcase looks like in small: in the carousel, in a share card. One place, so the two agree.
import type { BrandContent, ShareCard, ShowcaseKind } from '../../../contracts/brands';
import type { AllianceContent } from '../../../contracts/brands-alliances';
import type { ProjectContent } from '../../../contracts/brands-projects';
import type { EditableDoc } from './docs';
import { shareCard } from './share';

export interface Summary {
  title: string;
  subtitle: string;
  image: string | null;
  shareTitle: string;
}

/** The published content's fields a summary reads (for projections). */
export const SUMMARY_FIELDS = {
  _id: true,
  listed: true,
  ownerName: true,
  'published.name': true,
  'published.slogan': true,
  'published.title': true,
  'published.cover': true,
  'published.logo': true,
  'published.members': true,
} as const;

type Published = Partial<BrandContent & ProjectContent & AllianceContent>;

export function summaryOf(
  kind: ShowcaseKind,
  doc: Pick<EditableDoc<unknown>, 'ownerName'> & { published: unknown },
): Summary {
  const p = (doc.published ?? {}) as Published;
  if (kind === 'brand') {
    const title = p.name ?? '';
    return {
      title,
      subtitle: p.slogan || doc.ownerName,
      image: p.cover ?? p.logo ?? null,
      shareTitle: p.slogan ? `${title}｜${p.slogan}` : title,
    };
  }
  if (kind === 'project') {
    const title = p.title ?? '';
    return { title, subtitle: `${doc.ownerName}｜书记项目`, image: p.cover ?? null, shareTitle: `书记项目｜${title}` };
  }
  const title = p.name ?? '';
  return {
    title,
    subtitle: `党建联盟｜${p.members?.length ?? 0} 家成员单位`,
    image: p.cover ?? p.logo ?? null,
    shareTitle: title,
  };
}

export function shareOf(kind: ShowcaseKind, id: string, doc: Parameters<typeof summaryOf>[1]): ShareCard {
  const s = summaryOf(kind, doc);
  return shareCard(kind, id, s.shareTitle, s.image);
}
