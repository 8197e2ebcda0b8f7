import { useState } from 'react';
import { Checkbox, Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { call } from '@/api/client';
import { askToBeNotified } from '@/api/subscribe';
import { usePaged } from '@/hooks/use-paged';
import { RequireRole } from '@/features/account/components/require-role';
import { AwardForm } from '@/features/points/components/award-form';
import { BulkBar } from '@/features/points/components/bulk-bar';
import { ClaimReview } from '@/features/points/components/claim-review';
import { bulkSummary } from '@/features/points/bulk';
import { saveFile } from '@/features/points/save-file';
import { useBusy } from '@/hooks/use-busy';
import { useRequestId } from '@/api/request-id';
import '@/packages/admin/pages/branch/index.scss';
import './index.scss';
import { PagedFooter } from '@/components/paged-footer';
import { confirmAction, notify } from '@/ui/feedback';
import { Screen } from '@/components/screen';
import { DataAge } from '@/components/data-age';
import { TOKENS } from '@/styles/tokens';

/**
 * 积分审核: the branch's pending claims, one by one or in bulk — 全选, 通过 N 条 on the bar at the
 * bottom, and a confirmation that sums it up: three taps for a page of 20. The yearly table as .xlsx.
 */
function ClaimsAdmin() {
  const queue = usePaged((cursor) => call('points', 'claimQueue', { cursor }), [], { cache: 'points.claimQueue' });
  const [selected, setSelected] = useState<string[]>([]);
  const [viewed, setViewed] = useState<ReadonlySet<string>>(new Set());
  const [awarding, setAwarding] = useState(false);
  const { busy, run } = useBusy();
  // Kept until a decision succeeds: a retried decision answers with its first result.
  const { requestId, renew } = useRequestId();
  const chosen = queue.items.filter((c) => selected.includes(c.id));
  const allChosen = queue.items.length > 0 && chosen.length === queue.items.length;

  const decide = async (claimIds: string[], approve: boolean, reason?: string) => {
    // From the secretary's tap: one reminder when claims wait over 3 days (weapp, when configured).
    void askToBeNotified(process.env.CLAIMS_WAITING_TEMPLATE_ID);
    await run(async () => {
      const r = await call('points', 'decideClaims', approve ? { requestId, claimIds, approve } : { requestId, claimIds, approve, reason });
      renew();
      const failed = r.failed.length ? `，${r.failed.length} 条未处理：${r.failed[0]!.message}` : '';
      notify(`已${approve ? '通过' : '驳回'} ${r.decided.length} 条${failed}`);
      setSelected((s) => s.filter((id) => !r.decided.some((d) => d.id === id)));
      await queue.reload();
    }, approve ? '审核' : '驳回'); // not queued: a decision is made with the network there
  };

  const approveChosen = async () => {
    const summary = bulkSummary(chosen, viewed);
    if (!(await confirmAction({ title: '批量通过', content: `${summary}。`, confirmText: '全部通过', cancelText: '再想想' }))) return;
    await decide(chosen.map((c) => c.id), true);
  };

  const exportTable = async () => {
    await run(async () => {
      const f = await call('points', 'exportBranch');
      await saveFile(f.fileName, f.base64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    }, '导出');
  };

  return (
    <Screen className='admin-page'>
      <View className='card actions'>
        <AtButton size='small' disabled={busy} onClick={exportTable}>
          导出年度积分表
        </AtButton>
        <AtButton size='small' disabled={busy} onClick={() => setAwarding((v) => !v)}>
          加分/扣分
        </AtButton>
      </View>
      {awarding ? <AwardForm onDone={() => setAwarding(false)} /> : null}
      <Text className='admin-page__title'>待审核的积分申报{queue.items.length ? `（${queue.items.length}${!queue.done ? '+' : ''}）` : ''}</Text>
      <DataAge savedAt={queue.savedAt} />
      {queue.items.length > 1 ? (
        <View
          className='claims-admin__all'
          role='checkbox'
          aria-checked={allChosen}
          data-tap='select-all'
          onClick={() => setSelected(allChosen ? [] : queue.items.map((c) => c.id))}
        >
          <Checkbox className='claims-admin__check' value='all' checked={allChosen} color={TOKENS.red} />
          <Text>{!queue.done ? `全选已加载的 ${queue.items.length} 条` : `全选（${queue.items.length} 条）`}</Text>
        </View>
      ) : null}
      {queue.items.map((c) => (
        <ClaimReview
          key={c.id}
          claim={c}
          busy={busy}
          selected={selected.includes(c.id)}
          onToggle={() => setSelected((s) => (s.includes(c.id) ? s.filter((x) => x !== c.id) : [...s, c.id]))}
          onDecide={(approve, reason) => decide([c.id], approve, reason)}
          onViewPhotos={() => setViewed((v) => new Set(v).add(c.id))}
        />
      ))}
      <PagedFooter list={queue} empty='没有待审核的申报' />
      {chosen.length ? <View className='bulk-bar-space' /> : null}
      <BulkBar selected={chosen} busy={busy} onApprove={approveChosen} onClear={() => setSelected([])} />
    </Screen>
  );
}

export default function ClaimsAdminPage() {
  return (
    <RequireRole role='branch_admin'>
      <ClaimsAdmin />
    </RequireRole>
  );
}
