// Reading a showcase as the caller may: published ones for everyone, drafts for their editors only.
// An unpublished item someone may not edit is NOT_FOUND, as if it did not exist.
import type { ShowcaseKind } from '../../../contracts/brands';
import { AppError } from '../errors';
import { findById } from '../sdk';
import { COLLECTION, type EditableDoc } from './docs';

const MISSING: Record<ShowcaseKind, string> = {
  brand: '品牌不存在或尚未发布',
  project: '书记项目不存在或尚未发布',
  alliance: '党建联盟不存在或尚未发布',
};

export function findShowcase<D extends EditableDoc<unknown>>(kind: ShowcaseKind, id: string): Promise<D | null> {
  return findById<D>(COLLECTION[kind], id);
}

/** The item if it is published (its `published` content is set). */
export async function loadListed<D extends EditableDoc<unknown>>(
  kind: ShowcaseKind,
  id: string,
): Promise<D & { published: NonNullable<D['published']> }> {
  const doc = await findShowcase<D>(kind, id);
  if (!doc || !doc.listed || !doc.published) throw new AppError('NOT_FOUND', MISSING[kind]);
  return doc as D & { published: NonNullable<D['published']> };
}

/** The item for one of its editors; others are refused without learning whether a draft exists. */
export async function loadEditable<D extends EditableDoc<unknown>>(
  kind: ShowcaseKind,
  id: string,
  canEdit: (doc: D) => boolean,
): Promise<D> {
  const doc = await findShowcase<D>(kind, id);
  if (!doc) throw new AppError('NOT_FOUND', MISSING[kind]);
  if (!canEdit(doc)) {
    if (!doc.listed) throw new AppError('NOT_FOUND', MISSING[kind]);
    throw new AppError('FORBIDDEN', '没有权限修改此内容');
  }
  return doc;
}
