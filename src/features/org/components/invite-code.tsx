import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { call } from '@/api/client';
import { ErrorState, Loading } from '@/components/page-state';
import { useRemote } from '@/hooks/use-remote';
import { useBusy } from '@/hooks/use-busy';
import { confirmAction } from '@/ui/feedback';
import './invite-code.scss';

/** The branch's invite code, to read out at 主题党日 or post in the group chat. */
export function InviteCode() {
  const code = useRemote(() => call('org', 'getInviteCode'), [], { cache: 'org.inviteCode' });
  const { busy, run } = useBusy();
  if (code.loading && !code.data) return <Loading text='正在获取邀请码…' />;
  if (code.error && !code.data) return <ErrorState error={code.error} onRetry={code.reload} />;
  return (
    <View className='invite-code'>
      <Text className='invite-code__label'>支部邀请码</Text>
      <Text className='invite-code__code' selectable>
        {code.data?.code}
      </Text>
      <Text className='invite-code__hint'>党员在「我的 → 加入党支部」输入此码申请，由你审核。</Text>
      <AtButton
        size='small'
        loading={busy}
        disabled={busy}
        onClick={async () => {
          if (!(await confirmAction({ title: '重新生成邀请码', content: '旧邀请码将立即失效，确定吗？', confirmText: '重新生成' }))) return;
          await run(async () => {
            await call('org', 'getInviteCode', { renew: true });
            await code.reload();
          }, '重新生成');
        }}
      >
        重新生成
      </AtButton>
    </View>
  );
}
