import { useMemo, useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { ApiCallError } from '@/api/errors';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { signed, startOfYear, today } from '@/features/points/format';
import { useRequestId } from '@/api/request-id';
import { notify } from '@/ui/feedback';

/** 支部加分/扣分: the secretary awards an item (示范岗, 表彰 …) or a deduction to a member of the branch. */
export function AwardForm({ onDone }: { onDone: () => void }) {
  const members = useRemote(() => call('org', 'listMembers'), [], { cache: 'org.members' });
  const standard = useRemote(() => call('points', 'getStandard'), [], { cache: 'points.standard' });
  const [member, setMember] = useState(-1);
  const [item, setItem] = useState(-1);
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  // One id per award attempt: a retried request grants once (the server keys the entry on it).
  const { requestId, renew } = useRequestId();
  const { busy, run } = useBusy();

  const people = useMemo(() => (members.data ?? []).filter((m) => m.roles.includes('member')), [members.data]);
  const items = useMemo(() => (standard.data?.items ?? []).filter((i) => i.active), [standard.data]);
  const who = people[member];
  const what = items[item];

  const submit = () =>
    run(async () => {
      if (!who || !what) throw new ApiCallError('INVALID_INPUT', '请选择党员和积分项目');
      const entry = await call('points', 'award', { requestId, openid: who.openid, itemId: what.id, date, reason });
      notify(`已为${entry.memberName}记 ${signed(entry.points)} 分`);
      renew(); // the next award is a new request
      setReason('');
      onDone();
    }, '加分');

  return (
    <View className='card award-form'>
      <Text className='card-title'>支部加分 / 扣分</Text>
      <AtList>
        <Picker mode='selector' range={people.map((p) => p.name)} onChange={(e) => setMember(Number(e.detail.value))}>
          <AtListItem title='党员' extraText={who ? who.name : '请选择'} arrow='right' />
        </Picker>
        <Picker mode='selector' range={items.map((i) => `${i.name}（${signed(i.points)}）`)} onChange={(e) => setItem(Number(e.detail.value))}>
          <AtListItem title='项目' extraText={what ? `${what.name} ${signed(what.points)}` : '请选择'} arrow='right' />
        </Picker>
        <Picker mode='date' value={date} start={startOfYear()} end={today()} onChange={(e) => setDate(String(e.detail.value))}>
          <AtListItem title='日期' extraText={date} arrow='right' />
        </Picker>
      </AtList>
      <AtInput name='awardReason' title='事由' placeholder='党员会在消息中看到' value={reason} onChange={(v: string | number) => setReason(String(v))} />
      <View className='actions'>
        <AtButton size='small' type='primary' loading={busy} disabled={busy} onClick={submit}>
          记入积分
        </AtButton>
      </View>
    </View>
  );
}
