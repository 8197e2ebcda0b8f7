import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Picker } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import dayjs from 'dayjs';
import { AddEntryInput, PROJECT_STAGES, type ProjectStage } from '@contracts/brands-projects';
import { call } from '@/api/client';
import { useRequestId } from '@/api/request-id';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { Toggle } from '@/components/toggle';
import { RequireRole } from '@/features/account/components/require-role';
import { DateField } from '@/features/brands/editor/date-field';
import { EditorActions } from '@/features/brands/editor/editor-actions';
import { PhotosField } from '@/features/brands/editor/photos-field';
import { AreaField } from '@/features/brands/editor/text-fields';
import { useEditorSave } from '@/features/brands/editor/use-editor-save';
import { useRemote } from '@/hooks/use-remote';
import { notify } from '@/ui/feedback';

const STAGES: Array<ProjectStage | null> = [null, 'claim', 'solve', 'conclude'];
const stageName = (s: ProjectStage | null) => (s ? `到达“${PROJECT_STAGES[s]}”` : '不改变阶段');

/** 进度台帐: a dated entry with evidence; it may reach a stage (领题 → 解题 → 结题) or complete a task. */
function EntryForm({ projectId }: { projectId: string }) {
  const draft = useRemote(() => call('brands', 'projectDraft', { id: projectId }), [projectId], { cache: 'brands.projectDraft' });
  const [date, setDate] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [text, setText] = useState('');
  const [images, setImages] = useState<string[]>([]);
  const [stage, setStage] = useState<ProjectStage | null>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [taskDone, setTaskDone] = useState(false);
  const { requestId } = useRequestId();
  const { errors, busy, save } = useEditorSave({ 进展说明: 'text' });
  const gate = beforeData(draft);
  if (gate) return gate;
  const tasks = draft.data!.content.tasks;
  const input = { projectId, requestId, date, text, images, stage, taskId, taskDone: !!taskId && taskDone };
  const onSave = () =>
    void save(
      AddEntryInput,
      input,
      async () => {
        await call('brands', 'addProjectEntry', input);
        notify('进展已记录', { done: true });
        await Taro.navigateBack();
      },
      '记录',
    );
  return (
    <>
      <AtList>
        <DateField title='日期' value={date} onChange={setDate} />
        <Picker mode='selector' range={STAGES.map(stageName)} value={STAGES.indexOf(stage)} onChange={(e) => setStage(STAGES[Number(e.detail.value)] ?? null)}>
          <AtListItem title='阶段' extraText={stageName(stage)} arrow='right' />
        </Picker>
        <Picker mode='selector' range={['不关联任务', ...tasks.map((t) => t.title)]} value={taskId ? tasks.findIndex((t) => t.id === taskId) + 1 : 0} onChange={(e) => setTaskId(tasks[Number(e.detail.value) - 1]?.id ?? null)}>
          <AtListItem title='任务' extraText={tasks.find((t) => t.id === taskId)?.title ?? '不关联任务'} arrow='right' />
        </Picker>
        {taskId ? <Toggle title='这项任务已完成' checked={taskDone} onChange={setTaskDone} /> : null}
      </AtList>
      <AreaField title='进展说明' value={text} onChange={setText} max={500} placeholder='做了什么、取得了什么进展' error={errors['text']} />
      <PhotosField value={images} onChange={setImages} max={9} />
      <EditorActions busy={busy} onSave={onSave} saveText='记录进展' />
    </>
  );
}

export default function ProjectEntryPage() {
  const { params } = useRouter();
  return (
    <Screen>
      <RequireRole role={['branch_admin', 'org_admin']}>
        <EntryForm projectId={params['projectId'] ?? ''} />
      </RequireRole>
    </Screen>
  );
}
