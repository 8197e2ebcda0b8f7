// Publishing and taking down, the same for every kind of showcase (the org admin's).
import type { DraftState, ShowcaseKind } from '../../../contracts/brands';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { _, findById, getList } from '../sdk';
import { coll, COLLECTION, type EditableDoc, type ProjectDoc } from './docs';
import { canPublish, draftState, publishDraft, unpublish } from './editable';
import { CAN_EDIT } from './editors';
import { findShowcase } from './load';

/** Fields copied up beside the published content for the public lists' indexes. */
function listedFields(kind: ShowcaseKind, doc: EditableDoc<unknown>): Record<string, unknown> {
  return kind === 'project' ? { year: (doc as ProjectDoc).draft.year } : {};
}

async function loadForPublisher(actor: Actor, kind: ShowcaseKind, id: string): Promise<EditableDoc<unknown>> {
  const doc = await findShowcase(kind, id);
  // Someone who may neither publish nor edit it does not learn that an unpublished draft exists.
  if (!doc || (!doc.listed && !canPublish(actor, doc) && !CAN_EDIT[kind](actor, doc)))
    throw new AppError('NOT_FOUND', '内容不存在或尚未发布');
  return doc;
}

export async function publishShowcase(
  actor: Actor,
  kind: ShowcaseKind,
  id: string,
  version: number,
  now: Date,
): Promise<DraftState> {
  const doc = await loadForPublisher(actor, kind, id);
  await publishDraft(COLLECTION[kind], doc, version, actor, now, listedFields(kind, doc));
  return draftState((await findById<EditableDoc<unknown>>(COLLECTION[kind], id))!, actor);
}

export async function unpublishShowcase(actor: Actor, kind: ShowcaseKind, id: string): Promise<DraftState> {
  const doc = await loadForPublisher(actor, kind, id);
  await unpublish(COLLECTION[kind], doc, actor);
  return draftState((await findById<EditableDoc<unknown>>(COLLECTION[kind], id))!, actor);
}

/** Throws NOT_FOUND unless the item is published: likes and views are for what everyone can see. */
export async function requireListed(kind: ShowcaseKind, id: string): Promise<void> {
  const [found] = await getList<{ _id: string }>(
    coll(COLLECTION[kind])
      .where({ _id: id, listed: _.eq(true) })
      .limit(1)
      .field({ _id: true }),
  );
  if (!found) throw new AppError('NOT_FOUND', '内容不存在或尚未发布');
}
