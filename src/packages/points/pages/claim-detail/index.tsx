import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { useMe } from '@/features/account/me-store';
import { Photos } from '@/features/points/components/photo-picker';
import { CLAIM_STATUS, dayText, signed } from '@/features/points/format';
import { shortTime } from '@/features/org/format';
import { useBusy } from '@/hooks/use-busy';
import { confirmAction, notify } from '@/ui/feedback';
import { go } from '@/ui/navigate';
import '@/features/points/components/claim-form.scss';

export default function ClaimDetailPage() {
  const { params } = useRouter();
  const claimId = params['id'] ?? '';
  const { me } = useMe();
  const claim = useRemote(() => call('points', 'getClaim', { claimId }), [claimId], { cache: 'points.claim' });
  const { busy, run } = useBusy();
  const gate = beforeData(claim);
  if (gate) return <Screen>{gate}</Screen>;
  const c = claim.data!;
  return (
    <Screen className='claim-detail'>
      <DataAge savedAt={claim.savedAt} />
      <View className='card'>
        <Text className={`claim-detail__status claim-detail__status--${c.status}`}>{CLAIM_STATUS[c.status]}</Text>
        <Text className='claim-detail__title'>
          {c.itemName} {signed(c.points)} 分
        </Text>
        <Text className='claim-detail__line'>
          {c.categoryName} · {dayText(c.date)} · {c.memberName}
        </Text>
        {c.note ? <Text className='claim-detail__line'>{c.note}</Text> : null}
        <Photos ids={c.photos} />
        {c.status === 'rejected' && c.reason ? <Text className='claim-detail__reason'>驳回理由：{c.reason}</Text> : null}
        <Text className='claim-detail__line muted'>
          {shortTime(c.createdAt)} 提交{c.decidedAt ? ` · ${shortTime(c.decidedAt)} ${c.decidedByName ?? ''}审核` : ''}
        </Text>
      </View>
      {c.status === 'rejected' && c.openid === me?.profile.openid ? (
        <View className='actions actions--page'>
          <AtButton type='primary' className='claim-form__submit' onClick={() => go(`/packages/points/pages/claim/index?from=${c.id}`)}>
            修改后重新申报
          </AtButton>
        </View>
      ) : null}
      {c.status === 'pending' && c.openid === me?.profile.openid ? (
        <View className='actions actions--page'>
          <AtButton
            className='claim-form__submit'
            loading={busy}
            disabled={busy}
            onClick={async () => {
              if (!(await confirmAction({ title: '撤回申报', content: '撤回后支部不再审核这条申报。', confirmText: '撤回申报', cancelText: '再想想' }))) return;
              await run(async () => {
                await call('points', 'withdrawClaim', { claimId: c.id });
                notify('已撤回', { done: true });
                await claim.reload();
              }, '撤回');
            }}
          >
            撤回申报
          </AtButton>
        </View>
      ) : null}
    </Screen>
  );
}
