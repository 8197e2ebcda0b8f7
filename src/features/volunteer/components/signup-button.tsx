import { AtButton } from 'taro-ui';
import type { ActivityView } from '@contracts/volunteer';
import { call } from '@/api/client';
import { askToBeNotified } from '@/api/subscribe';
import { signupLabel } from '@/features/volunteer/format';
import { useBusy } from '@/hooks/use-busy';
import { confirmAction, notify } from '@/ui/feedback';

/** One button for every state of the sign-up: it signs up, joins the waitlist, or cancels. */
export function SignupButton({ activity, onChanged }: { activity: ActivityView; onChanged: () => void }) {
  const { busy, run } = useBusy();
  const state = activity.signupState;
  const cancellable = state === 'enrolled' || state === 'waitlisted';

  const act = async () => {
    if (cancellable) {
      // Buttons that say what they do: 退出候补 / 取消报名, or 再想想.
      const verb = state === 'waitlisted' ? '退出候补' : '取消报名';
      const content = state === 'waitlisted' ? '退出后不再排队等候名额。' : '名额将让给候补的同志。';
      const ok = await confirmAction({ title: `${verb}？`, content, confirmText: verb, cancelText: '再想想' });
      if (!ok) return;
    }
    await run(async () => {
      if (cancellable) {
        await call('volunteer', 'cancelSignUp', { id: activity.id });
        notify('已取消报名');
      } else {
        await askToBeNotified(process.env.VOLUNTEER_REMINDER_TEMPLATE_ID);
        const mine = await call('volunteer', 'signUp', { id: activity.id });
        notify(mine.status === 'waitlisted' ? `已进入候补，第${mine.waitlistPosition}位` : '报名成功');
      }
      onChanged();
      // Not queued: a seat is only ever taken with the network there ("网络不可用，报名未提交…").
    }, cancellable ? '取消报名' : '报名');
  };

  return (
    <AtButton
      size='small'
      type={state === 'open' ? 'primary' : 'secondary'}
      disabled={busy || !(state === 'open' || cancellable)}
      loading={busy}
      onClick={act}
      className='signup-button'
    >
      {cancellable ? `${signupLabel(activity)} · 取消` : signupLabel(activity)}
    </AtButton>
  );
}
