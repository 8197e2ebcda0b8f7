import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtListItem } from 'taro-ui';
import { CreateProjectInput, SaveProjectInput, type ProjectDraft } from '@contracts/brands-projects';
import { call } from '@/api/client';
import { useRequestId } from '@/api/request-id';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { RequireRole } from '@/features/account/components/require-role';
import { hasRole, useMe } from '@/features/account/me-store';
import { DraftBanner } from '@/features/brands/components/draft-banner';
import { recentYears } from '@/features/brands/components/filters';
import { EditorActions } from '@/features/brands/editor/editor-actions';
import { useDraftEditor } from '@/features/brands/editor/use-draft-editor';
import { blankProject, PROJECT_LABELS, ProjectForm } from '@/features/brands/editor/project-form';
import { useDraftForm } from '@/features/brands/editor/use-draft-form';
import { useEditorSave } from '@/features/brands/editor/use-editor-save';
import { useLeaveGuard } from '@/features/brands/leave-guard';
import { useRemote } from '@/hooks/use-remote';
import { notify } from '@/ui/feedback';
import { go } from '@/ui/navigate';

const PAGES = '/packages/brands/pages';

/** The org admin names the branch a new project belongs to; a secretary's is their own. */
function BranchPicker({ value, onChange }: { value: string | null; onChange: (id: string) => void }) {
  const branches = useRemote(() => call('org', 'listBranches'), [], { cache: 'org.branches' }).data ?? [];
  const current = branches.find((b) => b.id === value);
  return (
    <Picker mode='selector' range={branches.map((b) => b.name)} value={Math.max(0, branches.indexOf(current!))} onChange={(e) => onChange(branches[Number(e.detail.value)]!.id)}>
      <AtListItem title='所属支部' extraText={current?.name ?? '请选择'} arrow='right' />
    </Picker>
  );
}

/** 新建书记项目: saved once per attempt (request id), then edited as any draft. */
function NewProject() {
  const { me } = useMe();
  const admin = hasRole(me, 'org_admin');
  const [branchId, setBranchId] = useState<string | null>(admin ? null : (me?.branch?.id ?? null));
  const form = useDraftForm(undefined, blankProject(recentYears()[0]!));
  const { errors, busy, save } = useEditorSave(PROJECT_LABELS);
  const { requestId } = useRequestId();
  useLeaveGuard(form.dirty);
  const input = { ...(branchId ? { branchId } : {}), requestId, content: form.value };
  const onSave = () => {
    if (admin && !branchId) return notify('请选择项目所属支部');
    void save(
      CreateProjectInput,
      input,
      async () => {
        const created = await call('brands', 'createProject', input);
        form.reset(created.content); // nothing left unsaved: leave without asking
        notify('项目已创建', { done: true });
        await Taro.redirectTo({ url: `${PAGES}/project-edit/index?id=${created.projectId}` });
      },
      '保存',
    );
  };
  return (
    <>
      <DraftBanner kind='project' id={null} state={null} onPublished={() => undefined} />
      {admin ? <BranchPicker value={branchId} onChange={setBranchId} /> : null}
      <ProjectForm value={form.value} set={form.set} errors={errors} />
      <EditorActions busy={busy} onSave={onSave} saveText='创建项目' />
    </>
  );
}

function ProjectEditor({ id }: { id: string }) {
  const { draft, form, errors, busy, onSave } = useDraftEditor({
    load: (): Promise<ProjectDraft> => call('brands', 'projectDraft', { id }),
    deps: [id],
    cache: 'brands.projectDraft',
    blank: blankProject(recentYears()[0]!),
    labels: PROJECT_LABELS,
    schema: SaveProjectInput,
    input: (d, content) => ({ id, baseVersion: d.state.version, content }),
    send: (input) => call('brands', 'saveProject', input),
  });
  const gate = beforeData(draft);
  if (gate) return gate;
  const d = draft.data!;
  return (
    <>
      <DraftBanner kind='project' id={id} state={d.state} dirty={form.dirty} onPublished={draft.reload} />
      <ProjectForm value={form.value} set={form.set} errors={errors} />
      <EditorActions busy={busy} onSave={onSave} />
      <View className='actions actions--page'>
        <AtButton onClick={() => go(`${PAGES}/project-entry/index?projectId=${id}`)}>记录进展</AtButton>
        {d.state.publishedVersion !== null ? <AtButton onClick={() => go(`${PAGES}/project/index?id=${id}`)}>查看项目页</AtButton> : null}
      </View>
      {d.state.publishedVersion === null ? <Text className='load-more'>发布后出现在书记项目展示中</Text> : null}
    </>
  );
}

export default function ProjectEditPage() {
  const { params } = useRouter();
  const id = params['id'];
  return (
    <Screen>
      <RequireRole role={['branch_admin', 'org_admin']}>{id ? <ProjectEditor id={id} /> : <NewProject />}</RequireRole>
    </Screen>
  );
}
