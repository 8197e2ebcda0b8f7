import { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { SaveBrandInput, type BrandContent } from '@contracts/brands';
import { call } from '@/api/client';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { RequireRole } from '@/features/account/components/require-role';
import { DraftBanner } from '@/features/brands/components/draft-banner';
import { BRAND_LABELS, BrandForm } from '@/features/brands/editor/brand-form';
import { EditorActions } from '@/features/brands/editor/editor-actions';
import { useDraftEditor } from '@/features/brands/editor/use-draft-editor';

const EMPTY: BrandContent = { name: '', slogan: '', logo: null, cover: null, meaning: '', story: [], carriers: [], results: [], honours: [], gallery: [] };

/** 编辑品牌: the branch's (or, with no branchId, the organisation's) brand as a draft; the org admin publishes it. */
function BrandEditor() {
  const { params } = useRouter();
  const branchId = params['branchId'] || null;
  const { draft, form, errors, busy, onSave } = useDraftEditor({
    load: () => call('brands', 'brandDraft', { branchId }),
    deps: [branchId],
    cache: 'brands.brandDraft',
    blank: EMPTY,
    labels: BRAND_LABELS,
    schema: SaveBrandInput,
    input: (d, content) => ({ branchId, baseVersion: d.state.version, content }),
    send: (input) => call('brands', 'saveBrand', input),
  });
  const gate = beforeData(draft);
  if (gate) return gate;
  const d = draft.data!;
  const preview = d.state.version > 0 ? `/packages/brands/pages/brand/index?preview=1&branchId=${branchId ?? ''}` : null;
  return (
    <>
      <DraftBanner kind='brand' id={d.brand.id} state={d.state} dirty={form.dirty} onPublished={draft.reload} />
      <Text className='section-title'>{d.brand.ownerName}</Text>
      <BrandForm value={form.value} set={form.set} errors={errors} />
      <EditorActions busy={busy} onSave={onSave} preview={preview} />
    </>
  );
}

export default function BrandEditPage() {
  return (
    <Screen>
      <RequireRole role={['branch_admin', 'org_admin']}>
        <BrandEditor />
      </RequireRole>
    </Screen>
  );
}
