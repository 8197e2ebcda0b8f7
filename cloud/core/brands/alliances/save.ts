// 党建联盟 for its editors (the org admin of the org that runs it): create, save, draft, list.
import type * as z from 'zod/mini';
import type { ManagedItem } from '../../../../contracts/brands';
import type {
  AllianceContent,
  AllianceDraft,
  CreateAllianceInput,
  SaveAllianceInput,
} from '../../../../contracts/brands-alliances';
import { requireOrgAdmin, type Actor } from '../../access';
import { checkFields } from '../../content/check';
import { AppError } from '../../errors';
import type { BranchDoc } from '../../org/docs';
import { requestDocId } from '../../request-id';
import { findByIds, getList, MAX_LIMIT } from '../../sdk';
import { ALLIANCES, coll, type AllianceDoc } from '../docs';
import { draftState, firstVersion, insertOnce, MANAGED_FIELDS, saveDraft, type Editor } from '../editable';
import { canEditAlliance } from '../editors';
import { checkImages } from '../images';
import { loadEditable } from '../load';
import { loadOrg } from '../owners';
import { allianceFields, allianceImages } from './content';

const toDraft = (doc: AllianceDoc, actor: Actor): AllianceDraft => ({
  allianceId: doc._id,
  content: doc.draft,
  state: draftState(doc, actor),
});

export const loadEditableAlliance = (actor: Actor, id: string) =>
  loadEditable<AllianceDoc>('alliance', id, (doc) => canEditAlliance(actor, doc));

export async function allianceDraft(actor: Actor, id: string): Promise<AllianceDraft> {
  return toDraft(await loadEditableAlliance(actor, id), actor);
}

/** Member branches named by id must exist (in any organisation: alliances cross units). */
async function checkMembers(content: AllianceContent): Promise<void> {
  const ids = content.members.flatMap((m) => (m.branchId ? [m.branchId] : []));
  const found = new Set((await findByIds<BranchDoc>('branches', ids)).map((b) => b._id));
  const missing = content.members.findIndex((m) => m.branchId && !found.has(m.branchId));
  if (missing >= 0) throw new AppError('INVALID_INPUT', `成员单位第 ${missing + 1} 项关联的支部不存在`);
}

async function checkContent(editor: Editor, content: AllianceContent, kept: string[]): Promise<void> {
  await checkImages(editor.openid, allianceImages(content), kept);
  await checkMembers(content);
  await checkFields(editor.openid, allianceFields(content));
}

export async function createAlliance(
  actor: Actor,
  editor: Editor,
  input: z.output<typeof CreateAllianceInput>,
  now: Date,
): Promise<AllianceDraft> {
  const orgId = requireOrgAdmin(actor);
  await checkContent(editor, input.content, []);
  const org = await loadOrg(orgId);
  const doc: AllianceDoc = {
    _id: requestDocId('aln', editor.openid, input.requestId),
    orgId,
    branchId: null,
    orgName: org.name,
    ownerName: org.name,
    ...firstVersion(input.content, editor, now),
  };
  return toDraft(await insertOnce(ALLIANCES, doc), actor);
}

export async function saveAlliance(
  actor: Actor,
  editor: Editor,
  input: z.output<typeof SaveAllianceInput>,
  now: Date,
): Promise<AllianceDraft> {
  const current = await loadEditableAlliance(actor, input.id);
  await checkContent(editor, input.content, [...allianceImages(current.draft), ...allianceImages(current.published)]);
  await saveDraft(ALLIANCES, current._id, input.baseVersion, input.content, editor, now);
  return allianceDraft(actor, current._id);
}

export async function manageAlliances(actor: Actor): Promise<ManagedItem[]> {
  const orgId = requireOrgAdmin(actor);
  const docs = await getList<AllianceDoc>(
    coll(ALLIANCES).where({ orgId }).orderBy('updatedAt', 'desc').limit(MAX_LIMIT).field(MANAGED_FIELDS),
  );
  return docs.map((d) => ({
    kind: 'alliance',
    id: d._id,
    title: d.draft.name,
    subtitle: `${d.draft.members.length} 家成员单位`,
    year: null,
    state: draftState(d, actor),
  }));
}
