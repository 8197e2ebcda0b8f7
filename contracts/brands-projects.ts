import * as z from 'zod/mini';
import './validation';
import { cursor, id, requestId, text } from './fields';
import { blocks, FigureInput, imageId, type Block, type DraftState, type Engagement, type ShareCard } from './brands';

/**
 * 书记项目: a secretary's yearly project — background, the problem, measures, expected results;
 * 领题 → 解题 → 结题; a progress ledger (进度台帐) with evidence; tasks with 主办/协办 units and
 * review dates (初步考核 / 完成考核); results as before/after figures; 验收 by the org admin.
 */

export type ProjectStage = 'claim' | 'solve' | 'conclude';
export const PROJECT_STAGES: Record<ProjectStage, string> = { claim: '领题', solve: '解题', conclude: '结题' };

export type ReviewOutcome = 'excellent' | 'good' | 'pass' | 'fail';
export const REVIEW_OUTCOMES: Record<ReviewOutcome, string> = {
  excellent: '优秀',
  good: '良好',
  pass: '通过',
  fail: '不通过',
};

export interface ProjectTask {
  /** Chosen by the editor, unique in the project: ledger entries refer to it. */
  id: string;
  title: string;
  /** 主办 */
  lead: string;
  /** 协办 */
  support: string[];
  /** 初步考核, YYYY-MM-DD */
  firstReview: string | null;
  /** 完成考核, YYYY-MM-DD */
  finalReview: string | null;
}

export interface ProjectTaskView extends ProjectTask {
  /** The day a ledger entry marked it done. */
  doneOn: string | null;
  /**
   * Not done and past a review date (China time): 'final' past 完成考核; 'first' past 初步考核 with
   * not one ledger entry about it.
   */
  overdue: 'first' | 'final' | null;
}

/** A result before and after the project: 办理时限 10 → 5 天. */
export interface BeforeAfter {
  label: string;
  unit: string;
  before: number | null;
  after: number;
  year: number | null;
  source: string;
}

export interface ProjectContent {
  title: string;
  /** Who leads it as the page shows it: a title or a name (黄石海事局党委书记). */
  leader: string;
  year: number;
  cover: string | null;
  /** 项目背景 */
  background: Block[];
  /** 拟解决的问题 */
  problem: string;
  /** 内容措施 */
  measures: Block[];
  /** 预期成效 */
  expected: string;
  /** Planned dates of 领题, 解题, 结题. */
  plan: Record<ProjectStage, string | null>;
  tasks: ProjectTask[];
  results: BeforeAfter[];
}

export interface StageView {
  stage: ProjectStage;
  planned: string | null;
  /** The first ledger entry that reached it. */
  reachedOn: string | null;
}

export interface ProjectReview {
  outcome: ReviewOutcome;
  comment: string;
  byName: string;
  at: string;
}

export interface Project extends Omit<ProjectContent, 'tasks' | 'plan'> {
  id: string;
  orgId: string;
  orgName: string;
  branchId: string;
  branchName: string;
  stages: StageView[];
  /** The last stage reached; null before 领题 is recorded. */
  stage: ProjectStage | null;
  tasks: ProjectTaskView[];
  overdueTasks: number;
  review: ProjectReview | null;
  publishedAt: string | null;
}

/** One dated line of the 进度台帐, with its evidence. */
export interface ProjectEntry {
  id: string;
  date: string;
  text: string;
  images: string[];
  /** The stage this entry reaches, if any. */
  stage: ProjectStage | null;
  /** The task it is about, and whether it completes it. */
  taskId: string | null;
  taskDone: boolean;
  byName: string;
  at: string;
}

/** A volunteer activity held under the project or alliance (linked when it was posted). */
export interface LinkedActivity {
  id: string;
  title: string;
  branchName: string;
  startAt: string;
  place: string;
  status: 'published' | 'finished';
  enrolled: number;
}

export interface ProjectDetail {
  project: Project;
  /** Newest first, at most 100 (withdrawn entries left out). */
  entries: ProjectEntry[];
  activities: LinkedActivity[];
  engagement: Engagement;
  share: ShareCard;
  canEdit: boolean;
  /** The org admin: may publish and set 验收. */
  canReview: boolean;
}

export interface ProjectCard {
  id: string;
  title: string;
  leader: string;
  branchName: string;
  orgName: string;
  year: number;
  cover: string | null;
  stage: ProjectStage | null;
  review: ReviewOutcome | null;
  /** The first result, for the card's headline. */
  headline: BeforeAfter | null;
  overdueTasks: number;
  likes: number;
  views: number;
}

export interface ProjectDraft {
  projectId: string;
  branchId: string;
  content: ProjectContent;
  state: DraftState;
}

// ---- inputs ------------------------------------------------------------------

const isDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
/** A calendar day, YYYY-MM-DD. */
export const day = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'), z.refine(isDay, '日期无效'));
const yearInt = z.int('年份须为整数').check(z.gte(2000, '年份无效'), z.lte(2100, '年份无效'));
const unit = text({ label: '单位名称', min: 1, max: 30 });

const TaskInput = z.strictObject({
  id,
  title: text({ label: '任务名称', min: 2, max: 60 }),
  lead: unit,
  support: z.array(unit).check(z.maxLength(10, '协办单位最多 10 个')),
  firstReview: z.nullable(day),
  finalReview: z.nullable(day),
});

const BeforeAfterInput = z.strictObject({
  label: text({ label: '成效名称', min: 1, max: 30 }),
  unit: text({ label: '单位', max: 10 }),
  before: z.nullable(FigureInput.shape.value),
  after: FigureInput.shape.value,
  year: FigureInput.shape.year,
  source: text({ label: '数据来源', max: 60 }),
});

export const ProjectContentInput = z
  .strictObject({
    title: text({ label: '项目名称', min: 4, max: 40 }),
    leader: text({ label: '项目负责人', min: 2, max: 30 }),
    year: yearInt,
    cover: z.nullable(imageId),
    background: blocks(30),
    problem: text({ label: '拟解决的问题', max: 500, multiline: true }),
    measures: blocks(40),
    expected: text({ label: '预期成效', max: 500, multiline: true }),
    plan: z.strictObject({ claim: z.nullable(day), solve: z.nullable(day), conclude: z.nullable(day) }),
    tasks: z.array(TaskInput).check(z.maxLength(30, '任务最多 30 项')),
    results: z.array(BeforeAfterInput).check(z.maxLength(12, '成效最多 12 项')),
  })
  .check(
    z.refine((v) => new Set(v.tasks.map((t) => t.id)).size === v.tasks.length, {
      message: '任务编号重复',
      path: ['tasks'],
    }),
    z.refine((v) => v.tasks.every((t) => !t.firstReview || !t.finalReview || t.firstReview <= t.finalReview), {
      message: '初步考核时间不能晚于完成考核时间',
      path: ['tasks'],
    }),
  );

export const CreateProjectInput = z.strictObject({
  /** A branch admin's own branch (may be omitted); an org admin names a branch of the org. */
  branchId: z.optional(id),
  requestId,
  content: ProjectContentInput,
});

/** Never a branch or owner: a project stays where it was created. */
export const SaveProjectInput = z.strictObject({
  id,
  baseVersion: z.int().check(z.gte(1)),
  content: ProjectContentInput,
});

export const ListProjectsInput = z.optional(
  z.strictObject({ orgId: z.optional(id), year: z.optional(yearInt), cursor }),
);
export const ManageProjectsInput = z.optional(z.strictObject({ year: z.optional(yearInt) }));

export const AddEntryInput = z.strictObject({
  projectId: id,
  requestId,
  date: day,
  text: text({ label: '进展说明', min: 2, max: 500, multiline: true }),
  images: z.array(imageId).check(z.maxLength(9, '最多 9 张图片')),
  stage: z.nullable(z.enum(['claim', 'solve', 'conclude'])),
  taskId: z.nullable(id),
  taskDone: z.boolean(),
});

export const WithdrawEntryInput = z.strictObject({ projectId: id, entryId: id });

export const ReviewProjectInput = z.strictObject({
  id,
  outcome: z.enum(['excellent', 'good', 'pass', 'fail']),
  comment: text({ label: '验收意见', max: 300, multiline: true }),
});
