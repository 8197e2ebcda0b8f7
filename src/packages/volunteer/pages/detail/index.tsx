import { useState } from 'react';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { fileUrl } from '@/api/storage';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { TapImage } from '@/components/tap-image';
import { ACTIVITY_CACHE } from '@/features/volunteer/cache';
import { confirmAction, notify } from '@/ui/feedback';
import { go } from '@/ui/navigate';
import { useRemote } from '@/hooks/use-remote';
import { CapacityBar } from '@/features/volunteer/components/capacity-bar';
import { SignupButton } from '@/features/volunteer/components/signup-button';
import { AUDIENCE, creditText, deadlineText, timeRange } from '@/features/volunteer/format';
import { useBusy } from '@/hooks/use-busy';
import { useNow } from '@/hooks/use-now';
import { CHECKIN_WINDOW, checkinPhase } from '@contracts/volunteer';
import './index.scss';

/** What a scanned QR carries: redsail:checkin:<activityId>:<code>. */
function codeFromQr(text: string, activityId: string): string | null {
  const m = /^redsail:checkin:([^:]+):([A-Z0-9]{6})$/i.exec(text.trim());
  return m && m[1] === activityId ? m[2]!.toUpperCase() : null;
}

export default function ActivityDetailPage() {
  const { params } = useRouter();
  const id = params['id'] ?? '';
  // Stored per activity, and filled by the lists that show it: tapping an activity offline opens it.
  const activity = useRemote(() => call('volunteer', 'get', { id }), [id], { cache: ACTIVITY_CACHE });
  const [code, setCode] = useState('');
  const { busy, run } = useBusy();
  const [cancelReason, setCancelReason] = useState<string | null>(null);
  const now = useNow();

  useShareAppMessage(() => ({ title: activity.data?.title ?? '志愿服务', path: `/packages/volunteer/pages/detail/index?id=${id}` }));

  const gate = beforeData(activity);
  if (gate) return <Screen>{gate}</Screen>;
  const a = activity.data!;
  const mine = a.mine;

  const check = async (kind: 'in' | 'out', given?: string) => {
    let c = given ?? code;
    if (process.env.TARO_ENV === 'weapp' && !given) {
      const scanned = await Taro.scanCode({ onlyFromCamera: true }).catch(() => null);
      if (!scanned) return;
      const parsed = codeFromQr(scanned.result, a.id);
      if (!parsed) return notify('这不是本活动的签到码');
      c = parsed;
    }
    await run(async () => {
      await call('volunteer', 'checkIn', { id: a.id, code: c, kind });
      notify(kind === 'in' ? '签到成功' : '签退成功', { done: true });
      setCode('');
      await activity.reload();
    }, kind === 'in' ? '签到' : '签退');
  };

  /** `task` may return what to say instead of 完成 (close tells who got fewer points). */
  const organiserAction = (label: string, task: () => Promise<unknown>, confirm?: string) => async () => {
    if (confirm && !(await confirmAction({ title: `${label}？`, content: confirm, confirmText: label, cancelText: '再想想' }))) return;
    await run(async () => {
      const said = await task();
      notify(typeof said === 'string' ? said : `${label}完成`);
      await activity.reload();
    }, label);
  };

  const weapp = process.env.TARO_ENV === 'weapp';
  const phase = checkinPhase(a, now);
  const started = now >= new Date(a.startAt).getTime(); // 结束 is offered once the activity has begun
  return (
    <Screen className='activity-detail'>
      <DataAge savedAt={activity.savedAt} />
      {a.cover ? <TapImage className='activity-detail__cover' src={fileUrl(a.cover)} fileId={a.cover} /> : null}
      <View className='card'>
        <Text className='activity-detail__title'>{a.title}</Text>
        <Text className='activity-detail__line'>{timeRange(a.startAt, a.endAt)}</Text>
        <Text className='activity-detail__line'>地点：{a.place.name}</Text>
        <Text className='activity-detail__line'>
          {a.branchName} · 面向{AUDIENCE[a.audience]}
        </Text>
        <Text className='activity-detail__line'>
          报名截止 {deadlineText(a.signupDeadline)} · 取消截止 {deadlineText(a.cancelDeadline)}
        </Text>
        <Text className='activity-detail__line'>
          {creditText(a)}
          {a.pointsItemName ? `（${a.pointsItemName}）` : ''}
        </Text>
        {a.status === 'cancelled' ? <Text className='activity-detail__cancelled'>活动已取消：{a.cancelReason}</Text> : null}
        <View className='activity-detail__signup'>
          <View className='activity-detail__capacity'>
            <CapacityBar enrolled={a.enrolled} capacity={a.capacity} waitlisted={a.waitlisted} />
          </View>
          <SignupButton activity={a} onChanged={activity.reload} />
        </View>
      </View>
      {a.description ? (
        <View className='card'>
          <Text className='activity-detail__desc'>{a.description}</Text>
        </View>
      ) : null}
      {mine?.status === 'enrolled' && a.status === 'published' ? (
        <View className='card' data-testid='checkin-card'>
          <Text className='card-title'>签到</Text>
          <Text className='activity-detail__line'>
            {mine.checkedInAt ? `已签到 ${deadlineText(mine.checkedInAt)}` : '未签到'}
            {mine.checkedOutAt ? ` · 已签退 ${deadlineText(mine.checkedOutAt)}` : ''}
          </Text>
          {/* Only inside the window: before it, when it opens; after it, that it has closed. */}
          {phase === 'early' ? (
            <Text className='activity-detail__line' data-testid='checkin-opens'>
              {deadlineText(new Date(new Date(a.startAt).getTime() - CHECKIN_WINDOW.opensBeforeMs).toISOString())} 起可签到（活动开始前 1 小时）
            </Text>
          ) : null}
          {phase === 'closed' && !mine.checkedOutAt ? <Text className='activity-detail__line'>签到已关闭，如需补录请联系组织者</Text> : null}
          {phase === 'open' && !mine.checkedOutAt ? (
            <>
              {!weapp ? (
                <AtInput name='code' title='签到码' placeholder='组织者展示的 6 位码' maxlength={6} value={code} onChange={(v: string | number) => setCode(String(v).toUpperCase())} />
              ) : null}
              <View className='actions'>
                <AtButton size='small' type='primary' disabled={busy} onClick={() => check(mine.checkedInAt ? 'out' : 'in')}>
                  {weapp ? (mine.checkedInAt ? '扫码签退' : '扫码签到') : mine.checkedInAt ? '签退' : '签到'}
                </AtButton>
              </View>
            </>
          ) : null}
        </View>
      ) : null}
      {mine?.hours != null ? (
        <View className='card'>
          <Text className='activity-detail__line'>
            已记录服务时长 {mine.hours} 小时{mine.points ? `，积分 +${mine.points}` : ''}
          </Text>
        </View>
      ) : null}
      {a.canManage ? (
        <>
          <Text className='section-title'>组织者</Text>
          <AtList>
            <AtListItem title='编辑活动' arrow='right' onClick={() => go(`/packages/volunteer/pages/edit/index?id=${a.id}`)} />
            {a.status === 'draft' ? <AtListItem title='发布' arrow='right' onClick={organiserAction('发布', () => call('volunteer', 'publish', { id: a.id }))} /> : null}
            {a.status === 'published' ? (
              <>
                <AtListItem title='签到二维码' arrow='right' onClick={() => go(`/packages/volunteer/pages/checkin-code/index?id=${a.id}`)} />
                <AtListItem title='报名名单与考勤' arrow='right' onClick={() => go(`/packages/volunteer/pages/roster/index?id=${a.id}`)} />
                {started ? (
                  <AtListItem
                    title='结束活动'
                    note='为已签到签退的参与者记录服务时长和积分'
                    arrow='right'
                    onClick={organiserAction(
                      '结束活动',
                      async () => {
                        const r = await call('volunteer', 'close', { id: a.id });
                        if (!r.shortfalls.length) return undefined;
                        // Who got fewer points than the activity grants, and why (caps, organisers, crew).
                        const content = r.shortfalls.map((s) => `${s.name || '参与者'}：${s.reason}`).join('\n');
                        await Taro.showModal({ title: '部分人员积分未全额计入', content, showCancel: false, confirmText: '知道了' });
                        return '已结束活动';
                      },
                      '为已签到签退的参与者记录服务时长和积分，结束后不能再签到。',
                    )}
                  />
                ) : null}
                <AtListItem title='取消活动' arrow='right' onClick={() => setCancelReason('')} />
              </>
            ) : null}
          </AtList>
          {cancelReason !== null ? (
            <View className='card'>
              <AtInput
                name='cancelReason'
                title='取消原因'
                placeholder='报名的同志会收到通知'
                value={cancelReason}
                onChange={(v: string | number) => setCancelReason(String(v))}
              />
              <View className='actions'>
                <AtButton
                  size='small'
                  type='primary'
                  disabled={busy}
                  onClick={organiserAction('取消活动', async () => {
                    await call('volunteer', 'cancel', { id: a.id, reason: cancelReason });
                    setCancelReason(null);
                  })}
                >
                  确认取消活动
                </AtButton>
                <AtButton size='small' disabled={busy} onClick={() => setCancelReason(null)}>
                  不取消了
                </AtButton>
              </View>
            </View>
          ) : null}
        </>
      ) : null}
    </Screen>
  );
}
