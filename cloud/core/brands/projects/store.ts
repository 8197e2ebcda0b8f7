// Reading a project's ledger and turning stored projects into what the app shows.
import type { Project, ProjectCard, ProjectContent, ProjectEntry } from '../../../../contracts/brands-projects';
import { _, getList, MAX_LIMIT } from '../../sdk';
import { coll, PROJECT_ENTRIES, type EntryDoc, type ProjectDoc } from '../docs';
import { progressOf, type EntryFacts } from './progress';

/** A project's entries that count (not withdrawn), newest first; at most 1000. */
export function entriesOf(projectId: string): Promise<EntryDoc[]> {
  return getList<EntryDoc>(
    coll(PROJECT_ENTRIES)
      .where({ projectId, withdrawn: false })
      .orderBy('date', 'desc')
      .orderBy('at', 'desc')
      .limit(MAX_LIMIT),
  );
}

/** The progress facts of many projects' entries, in one query per 1000 entries. */
export async function factsByProject(projectIds: readonly string[]): Promise<Map<string, EntryFacts[]>> {
  const out = new Map<string, EntryFacts[]>(projectIds.map((id) => [id, []]));
  if (projectIds.length === 0) return out;
  const rows = await getList<EntryFacts & { projectId: string }>(
    coll(PROJECT_ENTRIES)
      .where({ projectId: _.in([...projectIds]), withdrawn: false })
      .limit(MAX_LIMIT)
      .field({ projectId: true, date: true, stage: true, taskId: true, taskDone: true }),
  );
  for (const r of rows) out.get(r.projectId)?.push(r);
  return out;
}

export function toEntry(e: EntryDoc): ProjectEntry {
  return {
    id: e._id,
    date: e.date,
    text: e.text,
    images: e.images,
    stage: e.stage,
    taskId: e.taskId,
    taskDone: e.taskDone,
    byName: e.byName,
    at: new Date(e.at).toISOString(),
  };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toProject(
  doc: ProjectDoc,
  content: ProjectContent,
  facts: readonly EntryFacts[],
  today: string,
): Project {
  const { plan: _plan, tasks: _tasks, ...rest } = content;
  const progress = progressOf(content, facts, today);
  return {
    ...rest,
    id: doc._id,
    orgId: doc.orgId,
    orgName: doc.orgName,
    branchId: doc.branchId,
    branchName: doc.ownerName,
    ...progress,
    review: doc.review
      ? { outcome: doc.review.outcome, comment: doc.review.comment, byName: doc.review.byName, at: iso(doc.review.at)! }
      : null,
    publishedAt: iso(doc.publishedAt),
  };
}

export function toCard(
  doc: ProjectDoc,
  content: ProjectContent,
  facts: readonly EntryFacts[],
  today: string,
  counts: { views: number; likes: number },
): ProjectCard {
  const p = toProject(doc, content, facts, today);
  return {
    id: p.id,
    title: p.title,
    leader: p.leader,
    branchName: p.branchName,
    orgName: p.orgName,
    year: p.year,
    cover: p.cover,
    stage: p.stage,
    review: p.review?.outcome ?? null,
    headline: p.results[0] ?? null,
    overdueTasks: p.overdueTasks,
    likes: Math.max(0, counts.likes),
    views: counts.views,
  };
}
