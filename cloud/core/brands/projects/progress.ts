// Where a project stands, derived from its 进度台帐 rather than stored beside it, so it can never
// disagree with the ledger: a stage is reached by the first entry that says so, a task is done by
// the first entry that completes it, and a task is overdue by China-time days.
import type { ProjectContent, ProjectStage, ProjectTaskView, StageView } from '../../../../contracts/brands-projects';
import type { EntryDoc } from '../docs';

export const STAGE_ORDER: readonly ProjectStage[] = ['claim', 'solve', 'conclude'];

export type EntryFacts = Pick<EntryDoc, 'date' | 'stage' | 'taskId' | 'taskDone'>;

export interface Progress {
  stages: StageView[];
  stage: ProjectStage | null;
  tasks: ProjectTaskView[];
  overdueTasks: number;
}

const earliest = (dates: string[]) => (dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null);

export function progressOf(
  c: Pick<ProjectContent, 'plan' | 'tasks'>,
  entries: readonly EntryFacts[],
  today: string,
): Progress {
  const stages = STAGE_ORDER.map((stage) => ({
    stage,
    planned: c.plan[stage],
    reachedOn: earliest(entries.filter((e) => e.stage === stage).map((e) => e.date)),
  }));
  const tasks = c.tasks.map((t): ProjectTaskView => {
    const about = entries.filter((e) => e.taskId === t.id);
    const doneOn = earliest(about.filter((e) => e.taskDone).map((e) => e.date));
    let overdue: ProjectTaskView['overdue'] = null;
    if (!doneOn && t.finalReview && t.finalReview < today) overdue = 'final';
    else if (!doneOn && about.length === 0 && t.firstReview && t.firstReview < today) overdue = 'first';
    return { ...t, doneOn, overdue };
  });
  const reached = stages.filter((s) => s.reachedOn);
  return {
    stages,
    stage: reached.length ? reached[reached.length - 1]!.stage : null,
    tasks,
    overdueTasks: tasks.filter((t) => t.overdue).length,
  };
}
