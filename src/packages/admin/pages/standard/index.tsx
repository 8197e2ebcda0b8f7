import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtList, AtListItem } from 'taro-ui';
import type { PointsItem, PointsStandard } from '@contracts/points';
import { call } from '@/api/client';
import { ErrorState, Loading } from '@/components/page-state';
import { useRemote } from '@/hooks/use-remote';
import { RequireRole } from '@/features/account/components/require-role';
import { ItemEditor } from '@/features/points/components/item-editor';
import { signed } from '@/features/points/format';
import { useBusy } from '@/hooks/use-busy';
import { useLeaveGuard } from '@/hooks/use-leave-guard';
import { notify } from '@/ui/feedback';
import { Screen } from '@/components/screen';
import '@/packages/admin/pages/branch/index.scss';

function capsText(i: PointsItem): string {
  const parts = [i.caps.day && `日${i.caps.day}`, i.caps.month && `月${i.caps.month}`, i.caps.year && `年${i.caps.year}`].filter(Boolean);
  return [parts.length ? `上限 ${parts.join('/')}` : '不限', i.claimable ? '可申报' : '仅支部', i.evidenceRequired ? '需凭证' : '', i.forActivities ? '志愿活动' : '', i.active ? '' : '已停用']
    .filter(Boolean)
    .join(' · ');
}

/** 积分标准: the organisation's items, points, caps and star thresholds. Saving never changes points already granted. */
function StandardEditor() {
  const remote = useRemote(() => call('points', 'getStandard'), [], { cache: 'points.standard' });
  const [draft, setDraft] = useState<PointsStandard | null>(null);
  // What the server has: a draft that differs from it has changes to lose by leaving.
  const [baseline, setBaseline] = useState<PointsStandard | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const { busy, run } = useBusy();
  useEffect(() => {
    if (!remote.data) return;
    setDraft(remote.data);
    setBaseline(remote.data);
  }, [remote.data]);
  useLeaveGuard(draft !== baseline, '积分标准的修改还没有保存，离开后将丢失。');

  if (!draft) return <Screen>{remote.error ? <ErrorState error={remote.error} onRetry={remote.reload} /> : <Loading />}</Screen>;

  const setItem = (item: PointsItem) => setDraft({ ...draft, items: draft.items.map((i) => (i.id === item.id ? item : i)) });
  const addItem = (categoryId: string) => {
    const item: PointsItem = {
      id: `item_${Date.now().toString(36)}`,
      categoryId,
      name: '新项目',
      points: 1,
      caps: {},
      evidenceRequired: false,
      claimable: true,
      active: true,
      forActivities: false,
    };
    setDraft({ ...draft, items: [...draft.items, item] });
    setEditing(item.id);
  };
  const save = async () => {
    await run(async () => {
      const saved = await call('points', 'saveStandard', {
        baseVersion: draft.version,
        categories: draft.categories,
        items: draft.items,
        stars: draft.stars,
      });
      setDraft(saved);
      setBaseline(saved);
      notify(`已保存（第 ${saved.version} 版）`, { done: true });
    });
  };

  return (
    <Screen className='admin-page'>
      <View className='card'>
        <Text className='muted'>修改只影响此后的申报和加分，已发放的积分不变。当前第 {draft.version} 版。</Text>
      </View>
      {draft.categories.map((c) => (
        <View key={c.id}>
          <Text className='admin-page__title'>{c.name}</Text>
          <AtList>
            {draft.items
              .filter((i) => i.categoryId === c.id)
              .map((i) =>
                editing === i.id ? (
                  <ItemEditor
                    key={i.id}
                    item={i}
                    onDone={(item) => {
                      if (item) setItem(item);
                      setEditing(null);
                    }}
                  />
                ) : (
                  <AtListItem key={i.id} title={`${i.name} ${signed(i.points)}`} note={capsText(i)} arrow='right' onClick={() => setEditing(i.id)} />
                ),
              )}
            <AtListItem title='＋ 添加项目' onClick={() => addItem(c.id)} />
          </AtList>
        </View>
      ))}
      <Text className='admin-page__title'>评星定级（年度积分达到即可）</Text>
      <View className='card'>
        {draft.stars.map((s, idx) => (
          <AtInput
            key={s.stars}
            name={`star${s.stars}`}
            title={`${'★'.repeat(s.stars)}`}
            type='number'
            value={String(s.minPoints)}
            onChange={(v: string | number) =>
              setDraft({ ...draft, stars: draft.stars.map((x, j) => (j === idx ? { ...x, minPoints: Math.max(0, Math.trunc(Number(v) || 0)) } : x)) })
            }
          />
        ))}
      </View>
      <View className='actions actions--page actions--stack'>
        <AtButton type='primary' loading={busy} disabled={busy || editing !== null} onClick={save}>
          保存积分标准
        </AtButton>
      </View>
    </Screen>
  );
}

export default function StandardAdminPage() {
  return (
    <RequireRole role='org_admin'>
      <StandardEditor />
    </RequireRole>
  );
}
