// 验收: the org admin's outcome for a published project that has reached 结题.
import type * as z from 'zod/mini';
import type { ProjectDetail, ReviewProjectInput } from '../../../../contracts/brands-projects';
import type { Actor } from '../../access';
import { checkFields } from '../../content/check';
import { AppError } from '../../errors';
import { chinaToday } from '../../points/dates';
import { _ } from '../../sdk';
import { coll, PROJECTS, type ProjectDoc } from '../docs';
import { canPublish, type Editor } from '../editable';
import { loadListed } from '../load';
import { progressOf } from './progress';
import { readProject } from './read';
import { entriesOf } from './store';

export async function reviewProject(
  actor: Actor,
  editor: Editor,
  input: z.output<typeof ReviewProjectInput>,
  now: Date,
): Promise<ProjectDetail> {
  const doc = await loadListed<ProjectDoc>('project', input.id);
  if (!canPublish(actor, doc)) throw new AppError('FORBIDDEN', '没有权限：只有单位管理员可以验收');
  const { stage } = progressOf(doc.published, await entriesOf(doc._id), chinaToday(now));
  if (stage !== 'conclude') throw new AppError('CONFLICT', '项目结题后才能验收');
  await checkFields(editor.openid, [{ label: '验收意见', text: input.comment }]);
  await coll(PROJECTS)
    .where({ _id: doc._id })
    .update({
      data: {
        review: _.set({
          outcome: input.outcome,
          comment: input.comment,
          by: editor.openid,
          byName: editor.name,
          at: now,
        }),
      },
    });
  return readProject(actor, doc._id, now);
}
