import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { call } from '@/api/client';
import { usePaged } from '@/hooks/use-paged';
import { RequireRole } from '@/features/account/components/require-role';
import { AwardForm } from '@/features/points/components/award-form';
import { ClaimReview } from '@/features/points/components/claim-review';
import { PagedFooter } from '@/features/points/components/paged-footer';
import { saveFile } from '@/features/points/save-file';
import { useBusy } from '@/hooks/use-busy';
import '@/packages/admin/pages/branch/index.scss';

/** 积分审核: the branch's pending claims, one by one or in bulk; the yearly table as .xlsx. */
function ClaimsAdmin() {
  const queue = usePaged((cursor) => call('points', 'claimQueue', { cursor }), []);
  const [selected, setSelected] = useState<string[]>([]);
  const [awarding, setAwarding] = useState(false);
  const { busy, run } = useBusy();

  const decide = async (claimIds: string[], approve: boolean, reason?: string) => {
    await run(async () => {
      const r = await call('points', 'decideClaims', approve ? { claimIds, approve } : { claimIds, approve, reason });
      const failed = r.failed.length ? `，${r.failed.length} 条未处理：${r.failed[0]!.message}` : '';
      void Taro.showToast({ title: `已${approve ? '通过' : '驳回'} ${r.decided.length} 条${failed}`, icon: 'none', duration: 2500 });
      setSelected([]);
      await queue.reload();
    });
  };

  const exportTable = async () => {
    await run(async () => {
      const f = await call('points', 'exportBranch');
      await saveFile(f.fileName, f.base64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    });
  };

  return (
    <View className='admin-page'>
      <View className='card' style={{ display: 'flex', flexWrap: 'wrap', gap: '16px' }}>
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
      <PagedFooter {...queue} count={queue.items.length} empty='没有待审核的申报' onMore={queue.loadMore} />
    </View>
  );
}

export default function ClaimsAdminPage() {
  return (
    <RequireRole role='branch_admin'>
      <ClaimsAdmin />
    </RequireRole>
  );
}
