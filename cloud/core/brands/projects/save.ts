// 书记项目 for its editors: create (once per request id), save over a version, the draft, the list.
import type * as z from 'zod/mini';
import type { ManagedItem } from '../../../../contracts/brands';
import type {
  CreateProjectInput,
  ProjectContent,
  ProjectDraft,
  SaveProjectInput,
} from '../../../../contracts/brands-projects';
import { hasRole, requireBranchScope, type Actor } from '../../access';
import { checkFields } from '../../content/check';
import { AppError } from '../../errors';
import { findBranch } from '../../org/branches';
import { requestDocId } from '../../request-id';
import { getList, MAX_LIMIT } from '../../sdk';
import { coll, PROJECTS, type ProjectDoc } from '../docs';
import { draftState, firstVersion, insertOnce, MANAGED_FIELDS, saveDraft, type Editor } from '../editable';
import { canEditProject, isOrgAdminOf } from '../editors';
import { checkImages } from '../images';
import { loadEditable } from '../load';
import { loadOrg } from '../owners';
import { projectFields, projectImages } from './content';

function toDraft(doc: ProjectDoc, actor: Actor): ProjectDraft {
  return { projectId: doc._id, branchId: doc.branchId, content: doc.draft, state: draftState(doc, actor) };
}

export const loadEditableProject = (actor: Actor, id: string) =>
  loadEditable<ProjectDoc>('project', id, (doc) => canEditProject(actor, doc));

export async function projectDraft(actor: Actor, id: string): Promise<ProjectDraft> {
  return toDraft(await loadEditableProject(actor, id), actor);
}

async function checkContent(editor: Editor, content: ProjectContent, kept: string[]): Promise<void> {
  await checkImages(editor.openid, projectImages(content), kept);
  await checkFields(editor.openid, projectFields(content));
}

/** A secretary creates in their own branch; the org admin in any branch of the org. The creator owns it. */
export async function createProject(
  actor: Actor,
  editor: Editor,
  input: z.output<typeof CreateProjectInput>,
  now: Date,
): Promise<ProjectDraft> {
  const branchId = input.branchId ?? (hasRole(actor, 'branch_admin') ? actor.branchId : null);
  const branch = branchId ? await findBranch(branchId) : null;
  if (!branch)
    throw new AppError(branchId ? 'NOT_FOUND' : 'INVALID_INPUT', branchId ? '支部不存在' : '请选择项目所属支部');
  requireBranchScope(actor, branch);
  await checkContent(editor, input.content, []);
  const org = await loadOrg(branch.orgId);
  const doc: ProjectDoc = {
    _id: requestDocId('prj', editor.openid, input.requestId),
    orgId: branch.orgId,
    branchId: branch._id,
    orgName: org.name,
    ownerName: branch.name,
    ownerOpenid: editor.openid,
    year: null,
    review: null,
    ...firstVersion(input.content, editor, now),
  };
  return toDraft(await insertOnce(PROJECTS, doc), actor);
}

/** Saves the content only: the branch and the owner stay as created, whatever the input holds. */
export async function saveProject(
  actor: Actor,
  editor: Editor,
  input: z.output<typeof SaveProjectInput>,
  now: Date,
): Promise<ProjectDraft> {
  const current = await loadEditableProject(actor, input.id);
  await checkContent(editor, input.content, [...projectImages(current.draft), ...projectImages(current.published)]);
  await saveDraft(PROJECTS, current._id, input.baseVersion, input.content, editor, now);
  return projectDraft(actor, current._id);
}

/** The org admin's projects of the whole org; a secretary's own. Drafts included, newest change first. */
export async function manageProjects(actor: Actor, year: number | undefined): Promise<ManagedItem[]> {
  const orgAdmin = !!actor.orgId && isOrgAdminOf(actor, actor.orgId);
  if (!orgAdmin && !hasRole(actor, 'branch_admin'))
    throw new AppError('FORBIDDEN', '没有权限：只有支部书记或单位管理员可以管理书记项目');
  const where = orgAdmin ? { orgId: actor.orgId } : { ownerOpenid: actor.openid };
  const docs = await getList<ProjectDoc>(
    coll(PROJECTS).where(where).orderBy('updatedAt', 'desc').limit(MAX_LIMIT).field(MANAGED_FIELDS),
  );
  return docs
    .filter((d) => canEditProject(actor, d) && (year === undefined || d.draft.year === year))
    .map((d) => ({
      kind: 'project',
      id: d._id,
      title: d.draft.title,
      subtitle: d.ownerName,
      year: d.draft.year,
      state: draftState(d, actor),
    }));
}
