import { SHOWCASE_PAGES, type ShareCard, type ShowcaseKind } from '../../../contracts/brands';

export const pagePath = (kind: ShowcaseKind, id: string) => `${SHOWCASE_PAGES[kind]}?id=${encodeURIComponent(id)}`;

/** What a share shows: the title, the page that opens, the cover (a cloud:// file ID, which weapp's share accepts). */
export function shareCard(kind: ShowcaseKind, id: string, title: string, image: string | null): ShareCard {
  return { title, path: pagePath(kind, id), imageUrl: image };
}
