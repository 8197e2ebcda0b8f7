import { useEffect, useMemo, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Picker, View } from '@tarojs/components';
import { AtButton, AtInput, AtList, AtListItem, AtTextarea } from 'taro-ui';
import type { Audience } from '@contracts/volunteer';
import { call } from '@/api/client';
import { useRequestId, withRequestId } from '@/api/request-id';
import { ErrorState, Loading } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { Toggle } from '@/components/toggle';
import { ACTIVITY_CACHE } from '@/features/volunteer/cache';
import { notify } from '@/ui/feedback';
import { useRemote } from '@/hooks/use-remote';
import { RequireRole } from '@/features/account/components/require-role';
import { AUDIENCE, splitIso, toIso } from '@/features/volunteer/format';
import dayjs from 'dayjs';
import { useBusy } from '@/hooks/use-busy';
import { useLeaveGuard } from '@/hooks/use-leave-guard';
import { DateTimeRow } from '@/features/volunteer/components/date-time-row';

const AUDIENCES: Audience[] = ['branch', 'members', 'public'];

interface Form {
  title: string;
  description: string;
  place: string;
  date: string;
  start: string;
  end: string;
  signupDate: string;
  signupTime: string;
  cancelDate: string;
  cancelTime: string;
  capacity: string;
  waitlist: boolean;
  hours: string;
  pointsItemId: string | null;
  audience: Audience;
}

function blank(): Form {
  const day = dayjs().add(7, 'day').format('YYYY-MM-DD');
  const before = dayjs().add(6, 'day').format('YYYY-MM-DD');
  return {
    title: '',
    description: '',
    place: '',
    date: day,
    start: '09:00',
    end: '11:30',
    signupDate: before,
    signupTime: '18:00',
    cancelDate: before,
    cancelTime: '18:00',
    capacity: '20',
    waitlist: true,
    hours: '2.5',
    pointsItemId: null,
    audience: 'members',
  };
}

/** 发布活动 / 编辑活动: what, where, when, how many, and what attending earns. */
function ActivityEditor() {
  const { params } = useRouter();
  const id = params['id'];
  const existing = useRemote(() => (id ? call('volunteer', 'get', { id }) : Promise.resolve(null)), [id], { cache: ACTIVITY_CACHE });
  const standard = useRemote(() => call('points', 'getStandard'), [], { cache: 'points.standard' });
  const { requestId, renew } = useRequestId(); // one per save attempt: a resent draft is created once
  const [form, setForm] = useState<Form>(blank);
  const { busy, run } = useBusy();
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState(false);
  useLeaveGuard(touched && !done);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setTouched(true);
    setForm((f) => ({ ...f, [k]: v }));
  };
  // Dates that make sense: from today (or the activity's own day, when editing an old one) to a year ahead.
  const today = dayjs().format('YYYY-MM-DD');
  const earliest = existing.data && splitIso(existing.data.startAt).date < today ? splitIso(existing.data.startAt).date : today;
  const latest = dayjs().add(1, 'year').format('YYYY-MM-DD');
  // Moving the day earlier brings deadlines past it back to it.
  const setDay = (date: string) => {
    setTouched(true);
    setForm((f) => ({ ...f, date, signupDate: f.signupDate > date ? date : f.signupDate, cancelDate: f.cancelDate > date ? date : f.cancelDate }));
  };

  useEffect(() => {
    const a = existing.data;
    if (!a) return;
    const s = splitIso(a.startAt);
    const sd = splitIso(a.signupDeadline);
    const cd = splitIso(a.cancelDeadline);
    setForm({
      title: a.title,
      description: a.description,
      place: a.place.name,
      date: s.date,
      start: s.time,
      end: splitIso(a.endAt).time,
      signupDate: sd.date,
      signupTime: sd.time,
      cancelDate: cd.date,
      cancelTime: cd.time,
      capacity: String(a.capacity),
      waitlist: a.waitlist,
      hours: String(a.serviceHours),
      pointsItemId: a.pointsItemId,
      audience: a.audience,
    });
  }, [existing.data]);

  // Only items the standard marks for activities can be attached (the server refuses others).
  const items = useMemo(() => (standard.data?.items ?? []).filter((i) => i.active && i.points > 0 && i.forActivities), [standard.data]);

  // A new activity earns the first such item (志愿服务 by default) unless the organiser picks otherwise.
  useEffect(() => {
    if (id || !items[0]) return;
    const preset = items[0].id;
    setForm((f) => (f.pointsItemId ? f : { ...f, pointsItemId: preset }));
  }, [id, items]);
  if ((id && existing.loading && !existing.data) || (standard.loading && !standard.data)) return <Screen><Loading /></Screen>;
  if (existing.error && !existing.data) return <Screen><ErrorState error={existing.error} onRetry={existing.reload} /></Screen>;

  const save = async (publish: boolean) => {
    await run(async () => {
      const saved = await call('volunteer', 'save', withRequestId('volunteer', 'save', {
        ...(id ? { id } : {}),
        title: form.title,
        cover: existing.data?.cover ?? null,
        description: form.description,
        place: { name: form.place, lat: existing.data?.place.lat ?? null, lng: existing.data?.place.lng ?? null },
        startAt: toIso(form.date, form.start),
        endAt: toIso(form.date, form.end),
        signupDeadline: toIso(form.signupDate, form.signupTime),
        cancelDeadline: toIso(form.cancelDate, form.cancelTime),
        capacity: Math.max(0, Math.trunc(Number(form.capacity) || 0)),
        waitlist: form.waitlist,
        serviceHours: Number(form.hours) || 0,
        pointsItemId: form.pointsItemId,
        audience: form.audience,
      }, requestId));
      renew();
      setDone(true);
      if (publish && saved.status === 'draft') await call('volunteer', 'publish', { id: saved.id });
      notify(publish ? '已发布' : '已保存草稿', { done: true });
      await Taro.redirectTo({ url: `/packages/volunteer/pages/detail/index?id=${saved.id}` });
    }, publish ? '发布' : '保存');
  };

  const item = items.find((i) => i.id === form.pointsItemId);
  const text = (k: keyof Form) => (v: string | number) => set(k, String(v) as never);
  return (
    <Screen>
      <AtInput name='title' title='活动名称' placeholder='如：水上安全知识进校园' value={form.title} onChange={text('title')} />
      <AtInput name='place' title='地点' placeholder='如：任城区实验小学' value={form.place} onChange={text('place')} />
      <AtList>
        <Picker mode='date' value={form.date} start={earliest} end={latest} onChange={(e) => setDay(String(e.detail.value))}>
          <AtListItem title='日期' extraText={form.date} arrow='right' />
        </Picker>
        <Picker mode='time' value={form.start} onChange={(e) => set('start', String(e.detail.value))}>
          <AtListItem title='开始' extraText={form.start} arrow='right' />
        </Picker>
        <Picker mode='time' value={form.end} start={form.start} onChange={(e) => set('end', String(e.detail.value))}>
          <AtListItem title='结束' extraText={form.end} arrow='right' />
        </Picker>
      </AtList>
      <DateTimeRow
        title='报名截止'
        testId='signup-deadline'
        date={form.signupDate}
        time={form.signupTime}
        start={earliest}
        end={form.date}
        onDate={(v) => set('signupDate', v)}
        onTime={(v) => set('signupTime', v)}
      />
      <DateTimeRow
        title='取消截止'
        testId='cancel-deadline'
        date={form.cancelDate}
        time={form.cancelTime}
        start={earliest}
        end={form.date}
        onDate={(v) => set('cancelDate', v)}
        onTime={(v) => set('cancelTime', v)}
      />
      <AtList>
        <Picker mode='selector' range={AUDIENCES.map((a) => AUDIENCE[a])} value={AUDIENCES.indexOf(form.audience)} onChange={(e) => set('audience', AUDIENCES[Number(e.detail.value)]!)}>
          <AtListItem title='面向' extraText={AUDIENCE[form.audience]} arrow='right' />
        </Picker>
        <Picker mode='selector' range={['不计积分', ...items.map((i) => `${i.name}（+${i.points}）`)]} value={item ? items.indexOf(item) + 1 : 0} onChange={(e) => set('pointsItemId', items[Number(e.detail.value) - 1]?.id ?? null)}>
          <AtListItem title='积分项目' extraText={item ? `${item.name} +${item.points}` : '不计积分'} arrow='right' />
        </Picker>
      </AtList>
      <AtInput name='capacity' title='名额' type='number' placeholder='0 为不限' value={form.capacity} onChange={text('capacity')} />
      <AtInput name='hours' title='服务时长' type='digit' placeholder='小时' value={form.hours} onChange={text('hours')} />
      <Toggle title='满员后可候补' checked={form.waitlist} onChange={(v) => set('waitlist', v)} />
      <View className='card'>
        <AtTextarea value={form.description} onChange={(v: string) => set('description', v)} maxLength={2000} placeholder='活动介绍、集合方式、注意事项' />
      </View>
      <View className='actions actions--page actions--stack'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => save(true)}>
          {existing.data?.status === 'published' ? '保存修改' : '发布'}
        </AtButton>
        {existing.data?.status !== 'published' ? (
          <AtButton disabled={busy} onClick={() => save(false)}>
            存为草稿
          </AtButton>
        ) : null}
      </View>
    </Screen>
  );
}

export default function ActivityEditPage() {
  return (
    <RequireRole role={['branch_admin', 'org_admin']}>
      <ActivityEditor />
    </RequireRole>
  );
}
