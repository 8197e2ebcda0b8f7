import { AtInput } from 'taro-ui';
import type { BeforeAfter, ProjectContent, ProjectTask } from '@contracts/brands-projects';
import { BlockEditor } from './block-editor';
import { DateField } from './date-field';
import type { FieldErrors } from './field-errors';
import { ImageField } from './image-field';
import { ListEditor } from './list-editor';
import { NumberInput } from './number-input';
import { AreaField, TextField } from './text-fields';

/** Where a server refusal's words point in the project form (“任务第 2 项…” → tasks.1). */
export const PROJECT_LABELS = {
  项目名称: 'title',
  项目负责人: 'leader',
  项目背景: 'background',
  拟解决的问题: 'problem',
  内容措施: 'measures',
  预期成效: 'expected',
  任务: 'tasks',
  成效: 'results',
} as const;

export const blankProject = (year: number): ProjectContent => ({
  title: '',
  leader: '',
  year,
  cover: null,
  background: [],
  problem: '',
  measures: [],
  expected: '',
  plan: { claim: null, solve: null, conclude: null },
  tasks: [],
  results: [],
});

const newTask = (): ProjectTask => ({ id: `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, title: '', lead: '', support: [], firstReview: null, finalReview: null });
const newResult = (): BeforeAfter => ({ label: '', unit: '', before: null, after: 0, year: null, source: '' });
/** 协办 units typed as one line, split on 、，, and spaces. */
const units = (s: string) => s.split(/[、，,\s]+/).filter(Boolean);

/** 书记项目 as its secretary writes it: background, problem, measures, expected results, plan, tasks, results. */
export function ProjectForm({ value: c, set, errors }: { value: ProjectContent; set: (patch: Partial<ProjectContent>) => void; errors: FieldErrors }) {
  return (
    <>
      <TextField name='title' title='项目名称' placeholder='如：打造“红色航标”服务品牌' value={c.title} onChange={(title) => set({ title })} error={errors['title']} />
      <TextField name='leader' title='负责人' placeholder='如：机关第一党支部书记 赵志刚' value={c.leader} onChange={(leader) => set({ leader })} error={errors['leader']} />
      <NumberInput name='year' title='年度' value={c.year} onChange={(v) => set({ year: v === null ? c.year : Math.trunc(v) })} />
      <ImageField label='封面' value={c.cover} onChange={(cover) => set({ cover })} />
      <BlockEditor title='项目背景' field='background' blocks={c.background} onChange={(background) => set({ background })} max={30} errors={errors} />
      <AreaField title='拟解决的问题' value={c.problem} onChange={(problem) => set({ problem })} max={500} error={errors['problem']} />
      <BlockEditor title='内容措施' field='measures' blocks={c.measures} onChange={(measures) => set({ measures })} max={40} errors={errors} />
      <AreaField title='预期成效' value={c.expected} onChange={(expected) => set({ expected })} max={500} error={errors['expected']} />
      <DateField title='计划领题' value={c.plan.claim} onChange={(claim) => set({ plan: { ...c.plan, claim } })} />
      <DateField title='计划解题' value={c.plan.solve} onChange={(solve) => set({ plan: { ...c.plan, solve } })} />
      <DateField title='计划结题' value={c.plan.conclude} onChange={(conclude) => set({ plan: { ...c.plan, conclude } })} />
      <ListEditor<ProjectTask> title='任务清单' hint='每项任务的主办、协办单位和考核时间' field='tasks' items={c.tasks} onChange={(tasks) => set({ tasks })} add={[{ label: '任务', make: newTask }]} max={30} itemName={(_t, i) => `第 ${i + 1} 项`} errors={errors}>
        {(t, update, i) => (
          <>
            <AtInput name={`task-${i}`} title='任务' placeholder='任务内容' value={t.title} onChange={(v: string | number) => update({ ...t, title: String(v) })} />
            <AtInput name={`task-${i}-lead`} title='主办' placeholder='主办单位' value={t.lead} onChange={(v: string | number) => update({ ...t, lead: String(v) })} />
            <AtInput name={`task-${i}-support`} title='协办' placeholder='多个用顿号分开' value={t.support.join('、')} onChange={(v: string | number) => update({ ...t, support: units(String(v)) })} />
            <DateField title='初步考核' value={t.firstReview} onChange={(firstReview) => update({ ...t, firstReview })} />
            <DateField title='完成考核' value={t.finalReview} onChange={(finalReview) => update({ ...t, finalReview })} />
          </>
        )}
      </ListEditor>
      <ListEditor<BeforeAfter> title='成效对比' hint='实施前后的数字' field='results' items={c.results} onChange={(results) => set({ results })} add={[{ label: '成效', make: newResult }]} max={12} itemName={(_r, i) => `第 ${i + 1} 项`} errors={errors}>
        {(r, update, i) => (
          <>
            <AtInput name={`result-${i}`} title='名称' placeholder='如：船舶平均待闸时间' value={r.label} onChange={(v: string | number) => update({ ...r, label: String(v) })} />
            <NumberInput name={`result-${i}-before`} title='实施前' placeholder='可不填' value={r.before} onChange={(before) => update({ ...r, before })} />
            <NumberInput name={`result-${i}-after`} title='实施后' value={r.after} onChange={(v) => update({ ...r, after: v ?? 0 })} />
            <AtInput name={`result-${i}-unit`} title='单位' placeholder='如：小时、%' value={r.unit} onChange={(v: string | number) => update({ ...r, unit: String(v) })} />
            <NumberInput name={`result-${i}-year`} title='年份' placeholder='可不填' value={r.year} onChange={(v) => update({ ...r, year: v === null ? null : Math.trunc(v) })} />
            <AtInput name={`result-${i}-source`} title='来源' placeholder='可不填' value={r.source} onChange={(v: string | number) => update({ ...r, source: String(v) })} />
          </>
        )}
      </ListEditor>
    </>
  );
}
