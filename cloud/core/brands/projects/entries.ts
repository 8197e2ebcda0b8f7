// 进度台帐: dated entries with evidence, appended by the project's editors (once per request id),
// withdrawn rather than deleted. An entry may reach the next stage or complete a task.
import type * as z from 'zod/mini';
import type { AddEntryInput, ProjectEntry } from '../../../../contracts/brands-projects';
import { PROJECT_STAGES } from '../../../../contracts/brands-projects';
import type { Actor } from '../../access';
import { checkFields } from '../../content/check';
import { AppError } from '../../errors';
import { chinaToday } from '../../points/dates';
import { requestDocId } from '../../request-id';
import { findById, isDuplicateKey, updatedCount } from '../../sdk';
import { coll, PROJECT_ENTRIES, type EntryDoc } from '../docs';
import type { Editor } from '../editable';
import { checkImages } from '../images';
import { progressOf, STAGE_ORDER } from './progress';
import { loadEditableProject } from './save';
import { entriesOf, toEntry } from './store';

export async function addEntry(
  actor: Actor,
  editor: Editor,
  input: z.output<typeof AddEntryInput>,
  now: Date,
): Promise<ProjectEntry> {
  const _id = requestDocId('pe', editor.openid, input.requestId);
  const again = await findById<EntryDoc>(PROJECT_ENTRIES, _id);
  if (again) return toEntry(again); // a retried request
  const project = await loadEditableProject(actor, input.projectId);
  const today = chinaToday(now);
  if (input.date > today) throw new AppError('INVALID_INPUT', '进展日期不能晚于今天');
  const content = project.draft;
  if (input.taskId && !content.tasks.some((t) => t.id === input.taskId))
    throw new AppError('INVALID_INPUT', '任务不存在');
  if (input.taskDone && !input.taskId) throw new AppError('INVALID_INPUT', '请选择完成的任务');
  if (input.stage) {
    // Stages come in order: 解题 after 领题, 结题 after 解题.
    const previous = STAGE_ORDER[STAGE_ORDER.indexOf(input.stage) - 1];
    const { stages } = progressOf(content, await entriesOf(project._id), today);
    if (previous && !stages.find((s) => s.stage === previous)?.reachedOn) {
      throw new AppError('CONFLICT', `请先完成“${PROJECT_STAGES[previous]}”阶段`);
    }
  }
  await checkImages(editor.openid, input.images, []);
  await checkFields(editor.openid, [{ label: '进展说明', text: input.text }]);
  const entry: EntryDoc = {
    _id,
    projectId: project._id,
    date: input.date,
    text: input.text,
    images: input.images,
    stage: input.stage,
    taskId: input.taskId,
    taskDone: input.taskDone,
    by: editor.openid,
    byName: editor.name,
    at: now,
    withdrawn: false,
  };
  try {
    await coll(PROJECT_ENTRIES).add({ data: entry });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return toEntry((await findById<EntryDoc>(PROJECT_ENTRIES, _id))!);
  }
  return toEntry(entry);
}

export async function withdrawEntry(actor: Actor, projectId: string, entryId: string): Promise<null> {
  const project = await loadEditableProject(actor, projectId);
  const changed = await updatedCount(
    coll(PROJECT_ENTRIES)
      .where({ _id: entryId, projectId: project._id })
      .update({ data: { withdrawn: true } }),
  );
  if (changed !== 1 && !(await findById<EntryDoc>(PROJECT_ENTRIES, entryId))?.withdrawn)
    throw new AppError('NOT_FOUND', '进展记录不存在');
  return null;
}
