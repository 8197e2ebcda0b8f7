import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtList, AtListItem } from 'taro-ui';
import type { RosterEntry } from '@contracts/volunteer';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { ACTIVITY_CACHE } from '@/features/volunteer/cache';
import { useBusy } from '@/hooks/use-busy';
import { notify } from '@/ui/feedback';
import { useRemote } from '@/hooks/use-remote';
import { deadlineText } from '@/features/volunteer/format';

const STATUS = { enrolled: '已报名', waitlisted: '候补', cancelled: '已取消' } as const;

function attendance(e: RosterEntry): string {
  if (e.status === 'waitlisted') return `候补第${e.waitlistPosition}位`;
  if (e.status !== 'enrolled') return STATUS[e.status];
  const parts = [e.checkedInAt ? `签到 ${deadlineText(e.checkedInAt)}` : '未签到', e.checkedOutAt ? `签退 ${deadlineText(e.checkedOutAt)}` : ''];
  if (e.hours != null) parts.push(`${e.hours} 小时`);
  if (e.points != null) parts.push(`${e.points} 分`);
  if (e.pointsNote) parts.push(e.pointsNote);
  if (e.markedReason) parts.push(`补录：${e.markedReason}`);
  return parts.filter(Boolean).join(' · ');
}

/** 报名名单与考勤: who is in, who waits, who came; attendance can be marked by hand with a reason. */
export default function RosterPage() {
  const { params } = useRouter();
  const id = params['id'] ?? '';
  const roster = useRemote(() => call('volunteer', 'roster', { id }), [id], { cache: 'volunteer.roster' });
  const activity = useRemote(() => call('volunteer', 'get', { id }), [id], { cache: ACTIVITY_CACHE });
  const { busy, run } = useBusy();
  const [marking, setMarking] = useState<RosterEntry | null>(null);
  const [reason, setReason] = useState('');

  const gate = beforeData(roster);
  if (gate) return <Screen>{gate}</Screen>;
  const a = activity.data;

  const mark = async () => {
    if (!marking || !a) return;
    await run(async () => {
      await call('volunteer', 'markAttendance', { id, openid: marking.openid, checkedInAt: a.startAt, checkedOutAt: a.endAt, reason });
      notify('已补录考勤', { done: true });
      setMarking(null);
      setReason('');
      await roster.reload();
    }, '补录');
  };

  const enrolled = roster.data!.filter((e) => e.status === 'enrolled').length;
  return (
    <Screen>
      <DataAge savedAt={roster.savedAt} />
      <Text className='section-title'>
        已报名 {enrolled} 人{a?.capacity ? ` / ${a.capacity}` : ''}
      </Text>
      {marking ? (
        <View className='card'>
          <Text className='card-title'>为 {marking.name} 补录全程考勤</Text>
          <AtInput name='reason' title='原因' placeholder='如：手机没电，现场确认到场' value={reason} onChange={(v: string | number) => setReason(String(v))} />
          <View className='actions'>
            <AtButton size='small' type='primary' disabled={busy} onClick={mark}>
              确认补录
            </AtButton>
            <AtButton size='small' onClick={() => setMarking(null)}>
              取消
            </AtButton>
          </View>
        </View>
      ) : null}
      <AtList>
        {roster.data!.map((e) => (
          <AtListItem
            key={e.openid}
            title={e.name || '未设置昵称'}
            note={attendance(e)}
            extraText={e.phone ?? ''}
            onClick={e.status === 'enrolled' && a?.status === 'published' ? () => setMarking(e) : undefined}
          />
        ))}
      </AtList>
    </Screen>
  );
}
