// 党建品牌: reading a published brand, and its editors' draft and save (their list: manage.ts).
import type * as z from 'zod/mini';
import type { BrandContent, BrandDraft, BrandView, DraftState, SaveBrandInput } from '../../../contracts/brands';
import type { Actor } from '../access';
import { checkFields } from '../content/check';
import { AppError } from '../errors';
import { findBranch, listBranchDocs } from '../org/branches';
import type { BranchDoc } from '../org/docs';
import { chinaYear } from '../points/dates';
import { findById } from '../sdk';
import { brandFields, brandImages, EMPTY_BRAND, toBrand } from './brand-content';
import { BRANDS, brandId, type BrandDoc } from './docs';
import { draftState, firstVersion, insertOnce, saveDraft, type Editor } from './editable';
import { canEditBrand, isOrgAdminOf } from './editors';
import { engagementOf } from './engagement';
import { checkImages } from './images';
import { liveForBranch, liveForOrg } from './live';
import { loadListed } from './load';
import { loadOrg } from './owners';
import { hasLive, resolveResults } from './results';
import { shareOf } from './cards';

/** The results as shown, computing live figures only when the brand has any. */
async function resultsOf(doc: BrandDoc, content: BrandContent, now: Date) {
  const year = chinaYear(now);
  if (!hasLive(content.results)) return resolveResults(content.results, null, doc.ownerName, year, now);
  let live;
  if (doc.branchId) {
    const branch = await findBranch(doc.branchId);
    live = branch ? await liveForBranch(branch, year) : null;
  } else {
    live = (await liveForOrg(doc.orgId, await listBranchDocs(doc.orgId), year)).org;
  }
  return resolveResults(content.results, live, doc.branchId ? `本支部` : `本单位`, year, now);
}

export async function readBrand(actor: Actor, id: string, now: Date): Promise<BrandView> {
  const doc = await loadListed<BrandDoc>('brand', id);
  const [results, engagement] = await Promise.all([
    resultsOf(doc, doc.published, now),
    engagementOf('brand', id, actor.openid),
  ]);
  const brand = toBrand(doc, doc.published, results);
  return {
    brand,
    engagement,
    share: shareOf('brand', id, doc),
    canEdit: canEditBrand(actor, doc),
  };
}

interface Owner {
  id: string;
  kind: 'org' | 'branch';
  orgId: string;
  branch: BranchDoc | null;
}

/** The brand a draft action is about, for an editor of it: the caller org's main brand, or a branch's. */
async function ownerFor(actor: Actor, branchId: string | null): Promise<Owner> {
  if (!branchId) {
    if (!actor.orgId || !isOrgAdminOf(actor, actor.orgId))
      throw new AppError('FORBIDDEN', '没有权限：只有单位管理员可以编辑单位主品牌');
    return { id: brandId('org', actor.orgId), kind: 'org', orgId: actor.orgId, branch: null };
  }
  const branch = await findBranch(branchId);
  if (!branch) throw new AppError('NOT_FOUND', '支部不存在');
  if (!canEditBrand(actor, { orgId: branch.orgId, branchId }))
    throw new AppError('FORBIDDEN', '没有权限：只能编辑本支部的品牌');
  return { id: brandId('branch', branchId), kind: 'branch', orgId: branch.orgId, branch };
}

function unsavedState(actor: Actor, orgId: string, now: Date): DraftState {
  return {
    version: 0,
    publishedVersion: null,
    unpublishedChanges: false,
    publishedAt: null,
    updatedAt: now.toISOString(),
    updatedByName: '',
    canPublish: isOrgAdminOf(actor, orgId),
  };
}

async function draftView(actor: Actor, owner: Owner, doc: BrandDoc | null, now: Date): Promise<BrandDraft> {
  const shown: BrandDoc = doc ?? {
    _id: owner.id,
    kind: owner.kind,
    orgId: owner.orgId,
    branchId: owner.branch?._id ?? null,
    orgName: '',
    ownerName: owner.branch?.name ?? '',
    ...firstVersion(EMPTY_BRAND, { openid: '', name: '' }, now),
  };
  return {
    brand: toBrand(shown, shown.draft, await resultsOf(shown, shown.draft, now)),
    content: shown.draft,
    state: doc ? draftState(doc, actor) : unsavedState(actor, owner.orgId, now),
  };
}

export async function brandDraft(actor: Actor, branchId: string | null, now: Date): Promise<BrandDraft> {
  const owner = await ownerFor(actor, branchId);
  return draftView(actor, owner, await findById<BrandDoc>(BRANDS, owner.id), now);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function saveBrand(
  actor: Actor,
  editor: Editor,
  input: z.output<typeof SaveBrandInput>,
  now: Date,
): Promise<BrandDraft> {
  const owner = await ownerFor(actor, input.branchId);
  const [org, current] = await Promise.all([loadOrg(owner.orgId), findById<BrandDoc>(BRANDS, owner.id)]);
  await checkImages(editor.openid, brandImages(input.content), [
    ...brandImages(current?.draft ?? null),
    ...brandImages(current?.published ?? null),
  ]);
  await checkFields(editor.openid, brandFields(input.content));
  const names = { orgName: org.name, ownerName: owner.branch?.name ?? org.name };
  if (!current) {
    if (input.baseVersion !== 0) throw new AppError('CONFLICT', '内容已被他人修改，请刷新后重试');
    const fresh: BrandDoc = {
      _id: owner.id,
      kind: owner.kind,
      orgId: owner.orgId,
      branchId: owner.branch?._id ?? null,
      ...names,
      ...firstVersion(input.content, editor, now),
    };
    const stored = await insertOnce(BRANDS, fresh);
    // Someone else created it first: this editor worked from nothing and must look at theirs.
    if (stored !== fresh && !(stored.createdBy === editor.openid && same(stored.draft, input.content))) {
      throw new AppError('CONFLICT', '内容已被他人修改，请刷新后重试');
    }
  } else {
    await saveDraft(BRANDS, owner.id, input.baseVersion, input.content, editor, now, names);
  }
  return draftView(actor, owner, await findById<BrandDoc>(BRANDS, owner.id), now);
}
