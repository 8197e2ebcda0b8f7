// The home carousel: the org admin's ordered picks (any published showcase), read in one call — the
// carousel document and one query per kind present, published ones only, in the admin's order.
import type * as z from 'zod/mini';
import type { Carousel, CarouselItem, SaveCarouselInput, ShowcaseKind } from '../../../contracts/brands';
import { requireOrgAdmin, type Actor } from '../access';
import { AppError } from '../errors';
import { _, findById, getList, isDuplicateKey, updatedCount } from '../sdk';
import { SUMMARY_FIELDS, summaryOf } from './cards';
import { CAROUSELS, coll, COLLECTION, type CarouselDoc, type EditableDoc } from './docs';
import { pagePath } from './share';

type Ref = { kind: ShowcaseKind; id: string };
type SummaryDoc = Pick<EditableDoc<unknown>, '_id' | 'listed' | 'ownerName' | 'published'>;

/** The items of `refs` that are published, in order. */
async function itemsOf(refs: readonly Ref[]): Promise<Array<CarouselItem | null>> {
  const kinds = [...new Set(refs.map((r) => r.kind))];
  const found = await Promise.all(
    kinds.map(async (kind) => {
      const ids = refs.filter((r) => r.kind === kind).map((r) => r.id);
      const docs = await getList<SummaryDoc>(
        coll(COLLECTION[kind])
          .where({ _id: _.in(ids) })
          .limit(ids.length)
          .field(SUMMARY_FIELDS),
      );
      return docs.map((d) => [`${kind}:${d._id}`, d] as const);
    }),
  );
  const byKey = new Map(found.flat());
  return refs.map((r) => {
    const doc = byKey.get(`${r.kind}:${r.id}`);
    if (!doc?.listed || !doc.published) return null;
    const s = summaryOf(r.kind, doc);
    return {
      kind: r.kind,
      id: r.id,
      title: s.title,
      subtitle: s.subtitle,
      image: s.image,
      path: pagePath(r.kind, r.id),
    };
  });
}

export async function readCarousel(orgId: string | null): Promise<Carousel> {
  const doc = orgId ? await findById<CarouselDoc>(CAROUSELS, orgId) : null;
  if (!doc) return { orgId, version: 0, items: [] };
  const items = await itemsOf(doc.items);
  return { orgId, version: doc.version, items: items.filter((i): i is CarouselItem => !!i) };
}

export async function saveCarousel(
  actor: Actor,
  input: z.output<typeof SaveCarouselInput>,
  now: Date,
): Promise<Carousel> {
  const orgId = requireOrgAdmin(actor);
  const keys = input.items.map((r) => `${r.kind}:${r.id}`);
  if (new Set(keys).size !== keys.length) throw new AppError('INVALID_INPUT', '轮播中有重复的内容');
  const items = await itemsOf(input.items);
  const missing = items.findIndex((i) => !i);
  if (missing >= 0) throw new AppError('INVALID_INPUT', `第 ${missing + 1} 项不存在或尚未发布`);
  const data = {
    items: input.items.map(({ kind, id }) => ({ kind, id })),
    version: input.baseVersion + 1,
    updatedAt: now,
    updatedBy: actor.openid,
  };
  const stale = new AppError('CONFLICT', '轮播已被他人修改，请刷新后重试');
  if (input.baseVersion === 0) {
    try {
      await coll(CAROUSELS).add({ data: { _id: orgId, ...data } satisfies CarouselDoc });
    } catch (err) {
      throw isDuplicateKey(err) ? stale : err;
    }
  } else if (
    (await updatedCount(
      coll(CAROUSELS)
        .where({ _id: orgId, version: input.baseVersion })
        .update({ data: { ...data, items: _.set(data.items) } }),
    )) !== 1
  ) {
    throw stale;
  }
  return readCarousel(orgId);
}
