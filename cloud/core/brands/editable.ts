// Draft and publish, the same for brands, projects and alliances: saves move the draft over the
// version the editor loaded, and publishing copies exactly the version the org admin reviewed.
import type { DraftState } from '../../../contracts/brands';
import { hasRole, type Actor } from '../access';
import { AppError } from '../errors';
import { _, findById, isDuplicateKey, updatedCount } from '../sdk';
import { coll, type EditableDoc } from './docs';

export interface Editor {
  openid: string;
  name: string;
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** Publishing belongs to the org admin of the item's organisation. */
export function canPublish(actor: Actor, doc: Pick<EditableDoc<unknown>, 'orgId'>): boolean {
  return hasRole(actor, 'org_admin') && actor.orgId === doc.orgId;
}

export function draftState(doc: EditableDoc<unknown>, actor: Actor): DraftState {
  return {
    version: doc.version,
    publishedVersion: doc.publishedVersion,
    unpublishedChanges: doc.publishedVersion !== doc.version,
    publishedAt: iso(doc.publishedAt),
    updatedAt: iso(doc.updatedAt)!,
    updatedByName: doc.updatedByName,
    canPublish: canPublish(actor, doc),
  };
}

/** A fresh item's stored fields around its first draft. */
export function firstVersion<C>(draft: C, editor: Editor, now: Date) {
  return {
    draft,
    version: 1,
    published: null,
    publishedVersion: null,
    publishedAt: null,
    publishedBy: null,
    listed: false,
    createdAt: now,
    createdBy: editor.openid,
    updatedAt: now,
    updatedBy: editor.openid,
    updatedByName: editor.name,
  };
}

/**
 * Inserts a new item once: a retry with the same `_id` (derived from the request id or the owner)
 * finds the first one instead. Returns the stored document either way.
 */
export async function insertOnce<D extends EditableDoc<unknown>>(collection: string, doc: D): Promise<D> {
  // A retry of the same create (a double tap, a timeout) lands on the same `_id`.
  try {
    await coll(collection).add({ data: doc });
    return doc;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const existing = await findById<D>(collection, doc._id);
    if (!existing) throw err;
    return existing;
  }
}

const STALE = '内容已被他人修改，请刷新后重试';

/** Saves `draft` over `baseVersion` only: a save based on an older version is refused (CONFLICT). */
export async function saveDraft<C>(
  collection: string,
  id: string,
  baseVersion: number,
  draft: C,
  editor: Editor,
  now: Date,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const changed = await updatedCount(
    coll(collection)
      .where({ _id: id, version: baseVersion })
      .update({
        data: {
          draft: _.set(draft),
          version: baseVersion + 1,
          updatedAt: now,
          updatedBy: editor.openid,
          updatedByName: editor.name,
          ...extra,
        },
      }),
  );
  if (changed !== 1) throw new AppError('CONFLICT', STALE);
}

/**
 * Publishes the draft at `version`, the one the admin looked at. The update is conditional on that
 * version, so an editor's save between the admin's look and the publish makes it fail (CONFLICT)
 * rather than publish what nobody reviewed. `listedFields` go up beside it for the public lists.
 */
export async function publishDraft<C>(
  collection: string,
  doc: EditableDoc<C>,
  version: number,
  actor: Actor,
  now: Date,
  listedFields: Record<string, unknown> = {},
): Promise<void> {
  if (!canPublish(actor, doc)) throw new AppError('FORBIDDEN', '没有权限：只有单位管理员可以发布');
  const refused = new AppError('CONFLICT', '草稿已更新，请重新查看后再发布');
  if (doc.version !== version) throw refused;
  const changed = await updatedCount(
    coll(collection)
      .where({ _id: doc._id, version })
      .update({
        data: {
          published: _.set(doc.draft),
          publishedVersion: version,
          publishedAt: now,
          publishedBy: actor.openid,
          listed: true,
          ...listedFields,
        },
      }),
  );
  if (changed !== 1) {
    const current = await findById<EditableDoc<C>>(collection, doc._id);
    if (current?.publishedVersion === version && current.listed) return; // a retried publish
    throw refused;
  }
}

/** Takes the item down: it stays as a draft its editors can publish again. */
export async function unpublish(collection: string, doc: EditableDoc<unknown>, actor: Actor): Promise<void> {
  if (!canPublish(actor, doc)) throw new AppError('FORBIDDEN', '没有权限：只有单位管理员可以撤下');
  await coll(collection)
    .where({ _id: doc._id })
    .update({ data: { published: null, publishedVersion: null, publishedAt: null, listed: false } });
}

/** What a list of drafts needs: no content but the name. */
export const MANAGED_FIELDS = {
  'draft.name': true,
  'draft.title': true,
  'draft.year': true,
  'draft.members.key': true,
  orgId: true,
  branchId: true,
  ownerName: true,
  ownerOpenid: true,
  version: true,
  publishedVersion: true,
  publishedAt: true,
  updatedAt: true,
  updatedByName: true,
} as const;
