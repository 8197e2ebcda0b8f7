import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { call } from '@/api/client';
import { askToBeNotified } from '@/api/subscribe';
import { usePaged } from '@/hooks/use-paged';
import { RequireRole } from '@/features/account/components/require-role';
import { AwardForm } from '@/features/points/components/award-form';
import { ClaimReview } from '@/features/points/components/claim-review';
import { saveFile } from '@/features/points/save-file';
import { useBusy } from '@/hooks/use-busy';
import { useRequestId } from '@/api/request-id';
import '@/packages/admin/pages/branch/index.scss';
import { PagedFooter } from '@/components/paged-footer';
import { notify } from '@/ui/feedback';
import { Screen } from '@/components/screen';
import { DataAge } from '@/components/data-age';

/** 积分审核: the branch's pending claims, one by one or in bulk; the yearly table as .xlsx. */
function ClaimsAdmin() {
  const queue = usePaged((cursor) => call('points', 'claimQueue', { cursor }), [], { cache: 'points.claimQueue' });
  const [selected, setSelected] = useState<string[]>([]);
  const [awarding, setAwarding] = useState(false);
  const { busy, run } = useBusy();
  // Kept until a decision succeeds: a retried decision answers with its first result.
  const { requestId, renew } = useRequestId();

  const decide = async (claimIds: string[], approve: boolean, reason?: string) => {
    // From the secretary's tap: one reminder when claims wait over 3 days (weapp, when configured).
    void askToBeNotified(process.env.CLAIMS_WAITING_TEMPLATE_ID);
    await run(async () => {
      const r = await call('points', 'decideClaims', approve ? { requestId, claimIds, approve } : { requestId, claimIds, approve, reason });
      renew();
      const failed = r.failed.length ? `，${r.failed.length} 条未处理：${r.failed[0]!.message}` : '';
      notify(`已${approve ? '通过' : '驳回'} ${r.decided.length} 条${failed}`);
      setSelected([]);
      await queue.reload();
    }, approve ? '审核' : '驳回'); // not queued: a decision is made with the network there
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
        <AtButton size='small' type='primary' disabled={busy || selected.length === 0} onClick={() => decide(selected, true)}>
          {`批量通过（${selected.length}）`}
        </AtButton>
        <AtButton size='small' disabled={busy} onClick={exportTable}>
          导出年度积分表
        </AtButton>
        <AtButton size='small' disabled={busy} onClick={() => setAwarding((v) => !v)}>
          加分/扣分
        </AtButton>
      </View>
      {awarding ? (
        <AwardForm onDone={() => setAwarding(false)} />
      ) : null}
      <Text className='admin-page__title'>待审核的积分申报</Text>
      <DataAge savedAt={queue.savedAt} />
      {queue.items.map((c) => (
        <ClaimReview
          key={c.id}
          claim={c}
          busy={busy}
          selected={selected.includes(c.id)}
          onToggle={() => setSelected((s) => (s.includes(c.id) ? s.filter((x) => x !== c.id) : [...s, c.id]))}
          onDecide={(approve, reason) => decide([c.id], approve, reason)}
        />
      ))}
      <PagedFooter list={queue} empty='没有待审核的申报' />
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
