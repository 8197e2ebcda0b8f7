// A brand's content: the texts the content check reads (each named), its images, and the brand as shown.
import type { Brand, BrandContent, ResultFigure } from '../../../contracts/brands';
import type { Field } from '../content/check';
import { blockFields, blockImages, figureFields, itemFields } from './blocks';
import type { BrandDoc } from './docs';

export function brandFields(c: BrandContent): Field[] {
  return [
    { label: '品牌名称', text: c.name },
    { label: '标语', text: c.slogan },
    { label: '品牌内涵', text: c.meaning },
    ...blockFields('故事', c.story),
    ...itemFields('载体', c.carriers, (x) => [x.title, x.text]),
    ...c.results.flatMap((r, i) =>
      r.kind === 'static'
        ? figureFields(`成效第 ${i + 1} 项`, r.figure)
        : [{ label: `成效第 ${i + 1} 项的名称`, text: r.label }],
    ),
    ...itemFields('荣誉', c.honours, (h) => [h.name, h.issuer]),
    ...c.gallery.map((g, i) => ({ label: `图集第 ${i + 1} 张的说明`, text: g.caption })),
  ];
}

export function brandImages(c: BrandContent | null): string[] {
  if (!c) return [];
  return [c.logo, c.cover, ...blockImages(c.story), ...c.gallery.map((g) => g.fileId)].filter((x): x is string => !!x);
}

export const EMPTY_BRAND: BrandContent = {
  name: '',
  slogan: '',
  logo: null,
  cover: null,
  meaning: '',
  story: [],
  carriers: [],
  results: [],
  honours: [],
  gallery: [],
};

export function toBrand(doc: BrandDoc, content: BrandContent, results: ResultFigure[]): Brand {
  return {
    ...content,
    id: doc._id,
    kind: doc.kind,
    orgId: doc.orgId,
    branchId: doc.branchId,
    ownerName: doc.ownerName,
    results,
    publishedAt: doc.publishedAt ? new Date(doc.publishedAt).toISOString() : null,
  };
}
