// 书记项目 for everyone: the showcase list by organisation and year, and a project's page.
import type { Page } from '../../../../contracts/points';
import type { ProjectCard, ProjectDetail } from '../../../../contracts/brands-projects';
import type { Actor } from '../../access';
import { pageOf } from '../../paging';
import { chinaToday } from '../../points/dates';
import { linkedActivities } from '../activities';
import { coll, PROJECTS, targetKey, type ProjectDoc } from '../docs';
import { canPublish } from '../editable';
import { canEditProject } from '../editors';
import { countsOf, engagementOf } from '../engagement';
import { loadListed } from '../load';
import { shareOf } from '../cards';
import { entriesOf, factsByProject, toCard, toEntry, toProject } from './store';

export async function readProject(actor: Actor, id: string, now: Date): Promise<ProjectDetail> {
  const doc = await loadListed<ProjectDoc>('project', id);
  const [entries, activities, engagement] = await Promise.all([
    entriesOf(id),
    linkedActivities(actor, { projectId: id }),
    engagementOf('project', id, actor.openid),
  ]);
  const project = toProject(doc, doc.published, entries, chinaToday(now));
  return {
    project,
    entries: entries.slice(0, 100).map(toEntry),
    activities,
    engagement,
    share: shareOf('project', id, doc),
    canEdit: canEditProject(actor, doc),
    canReview: canPublish(actor, doc),
  };
}

/** Published projects of an org and year, newest first: one page, its entries' facts and its counts (3 requests). */
export async function listProjects(
  orgId: string,
  year: number,
  cursor: string | null | undefined,
  now: Date,
): Promise<Page<ProjectCard>> {
  const page = await pageOf<ProjectDoc>(coll(PROJECTS), {
    where: { orgId, year, listed: true },
    field: 'publishedAt',
    order: 'desc',
    cursor,
    limit: 20,
  });
  const ids = page.items.map((p) => p._id);
  const [facts, counts] = await Promise.all([factsByProject(ids), countsOf(ids.map((id) => targetKey('project', id)))]);
  const today = chinaToday(now);
  return {
    items: page.items.map((p) =>
      toCard(p, p.published!, facts.get(p._id) ?? [], today, counts.get(targetKey('project', p._id))!),
    ),
    cursor: page.cursor,
  };
}
