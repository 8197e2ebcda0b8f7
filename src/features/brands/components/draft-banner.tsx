import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { DraftState, ShowcaseKind } from '@contracts/brands';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { confirmAction, notify } from '@/ui/feedback';
import { day } from '../format';
import { PublishBadge } from './publish-badge';
import './draft-banner.scss';

/**
 * Where a draft stands, said plainly at the top of an editor or a preview: its version, who saved
 * it when, what everyone sees; the org admin publishes exactly this version from here. `dirty`:
 * there is unsaved input, which must be saved (as a new version) before it can be published.
 */
export function DraftBanner({ kind, id, state, dirty = false, onPublished }: { kind: ShowcaseKind; id: string | null; state: DraftState | null; dirty?: boolean; onPublished: () => unknown }) {
  const { busy, run } = useBusy();
  const version = state?.version ?? 0;
  const publish = async () => {
    if (!id || !state) return;
    if (!(await confirmAction({ title: `发布第 ${version} 版`, content: '发布后所有人都能看到这一版内容。', confirmText: '发布' }))) return;
    await run(async () => {
      await call('brands', 'publish', { kind, id, version });
      notify('已发布', { done: true });
      await onPublished();
    }, '发布');
  };
  const needsPublish = !!state && state.version > 0 && (state.publishedVersion === null || state.unpublishedChanges);
  return (
    <View className='draft-banner' data-testid='draft-banner'>
      <View className='draft-banner__row'>
        <PublishBadge state={state} />
        {state && state.version > 0 ? <Text className='draft-banner__version'>草稿第 {state.version} 版</Text> : null}
      </View>
      {state && state.version > 0 ? (
        <Text className='draft-banner__line'>
          {state.updatedByName || '编辑'} 于 {day(state.updatedAt)} 保存
          {state.publishedAt ? `；所有人看到的是 ${day(state.publishedAt)} 发布的第 ${state.publishedVersion} 版` : '；尚未发布，只有编辑者能看到'}
        </Text>
      ) : (
        <Text className='draft-banner__line'>还没有保存过：填写后保存草稿</Text>
      )}
      {state?.canPublish ? (
        needsPublish ? (
          <View className='actions'>
            <AtButton type='primary' size='small' loading={busy} disabled={busy || dirty} onClick={publish}>
              {dirty ? '先保存再发布' : `发布第 ${version} 版`}
            </AtButton>
          </View>
        ) : null
      ) : (
        <Text className='draft-banner__line'>保存后由单位管理员审核发布，发布前其他人看不到修改。</Text>
      )}
    </View>
  );
}
