import Taro, { useRouter } from '@tarojs/taro';
import { CreateAllianceInput, SaveAllianceInput, type AllianceDraft } from '@contracts/brands-alliances';
import { call } from '@/api/client';
import { useRequestId } from '@/api/request-id';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { RequireRole } from '@/features/account/components/require-role';
import { DraftBanner } from '@/features/brands/components/draft-banner';
import { ALLIANCE_LABELS, AllianceForm, BLANK_ALLIANCE } from '@/features/brands/editor/alliance-form';
import { EditorActions } from '@/features/brands/editor/editor-actions';
import { useDraftEditor } from '@/features/brands/editor/use-draft-editor';
import { useDraftForm } from '@/features/brands/editor/use-draft-form';
import { useEditorSave } from '@/features/brands/editor/use-editor-save';
import { useLeaveGuard } from '@/features/brands/leave-guard';
import { useRemote } from '@/hooks/use-remote';
import { notify } from '@/ui/feedback';

const useBranches = () => useRemote(() => call('org', 'listBranches'), [], { cache: 'org.branches' }).data ?? [];

function NewAlliance() {
  const branches = useBranches();
  const form = useDraftForm(undefined, BLANK_ALLIANCE);
  const { errors, busy, save } = useEditorSave(ALLIANCE_LABELS);
  const { requestId } = useRequestId();
  useLeaveGuard(form.dirty);
  const input = { requestId, content: form.value };
  const onSave = () =>
    void save(
      CreateAllianceInput,
      input,
      async () => {
        const created = await call('brands', 'createAlliance', input);
        form.reset(created.content);
        notify('联盟已创建', { done: true });
        await Taro.redirectTo({ url: `/packages/brands/pages/alliance-edit/index?id=${created.allianceId}` });
      },
      '保存',
    );
  return (
    <>
      <DraftBanner kind='alliance' id={null} state={null} onPublished={() => undefined} />
      <AllianceForm value={form.value} set={form.set} errors={errors} branches={branches} />
      <EditorActions busy={busy} onSave={onSave} saveText='创建联盟' />
    </>
  );
}

function AllianceEditor({ id }: { id: string }) {
  const branches = useBranches();
  const { draft, form, errors, busy, onSave } = useDraftEditor({
    load: (): Promise<AllianceDraft> => call('brands', 'allianceDraft', { id }),
    deps: [id],
    cache: 'brands.allianceDraft',
    blank: BLANK_ALLIANCE,
    labels: ALLIANCE_LABELS,
    schema: SaveAllianceInput,
    input: (d, content) => ({ id, baseVersion: d.state.version, content }),
    send: (input) => call('brands', 'saveAlliance', input),
  });
  const gate = beforeData(draft);
  if (gate) return gate;
  const d = draft.data!;
  return (
    <>
      <DraftBanner kind='alliance' id={id} state={d.state} dirty={form.dirty} onPublished={draft.reload} />
      <AllianceForm value={form.value} set={form.set} errors={errors} branches={branches} />
      <EditorActions busy={busy} onSave={onSave} preview={d.state.publishedVersion !== null ? `/packages/brands/pages/alliance/index?id=${id}` : null} previewText='查看联盟页（已发布版）' />
    </>
  );
}

/** 编辑党建联盟 (org admin): a new one, or the draft of one; published from the banner. */
export default function AllianceEditPage() {
  const { params } = useRouter();
  const id = params['id'];
  return (
    <Screen>
      <RequireRole role='org_admin'>{id ? <AllianceEditor id={id} /> : <NewAlliance />}</RequireRole>
    </Screen>
  );
}
