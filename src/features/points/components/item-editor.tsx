import { useState } from 'react';
import { View } from '@tarojs/components';
import { AtButton, AtInput } from 'taro-ui';
import { Toggle } from '@/components/toggle';
import type { CapPeriod, PointsItem } from '@contracts/points';

const CAPS: Array<[CapPeriod, string]> = [
  ['day', '每日上限'],
  ['month', '每月上限'],
  ['year', '每年上限'],
];

/** Edits one item of the standard in place; the whole standard is saved together. */
export function ItemEditor({ item, onDone }: { item: PointsItem; onDone: (item: PointsItem | null) => void }) {
  const [draft, setDraft] = useState(item);
  const num = (v: string | number) => (String(v).trim() === '' ? undefined : Math.trunc(Number(v)));
  return (
    <View className='card'>
      <AtInput name='name' title='项目名称' value={draft.name} onChange={(v: string | number) => setDraft({ ...draft, name: String(v) })} />
      <AtInput
        name='points'
        title='分值'
        type='number'
        placeholder='扣分项填负数'
        value={String(draft.points)}
        onChange={(v: string | number) => setDraft({ ...draft, points: num(v) ?? 0 })}
      />
      {CAPS.map(([period, label]) => (
        <AtInput
          key={period}
          name={period}
          title={label}
          type='number'
          placeholder='不限'
          value={draft.caps[period] === undefined ? '' : String(draft.caps[period])}
          onChange={(v: string | number) => setDraft({ ...draft, caps: { ...draft.caps, [period]: num(v) } })}
        />
      ))}
      <Toggle title='需要照片凭证' checked={draft.evidenceRequired} onChange={(v) => setDraft({ ...draft, evidenceRequired: v })} />
      <Toggle title='党员可自行申报' checked={draft.claimable} onChange={(v) => setDraft({ ...draft, claimable: v })} />
      <Toggle title='可用于志愿活动' checked={draft.forActivities} onChange={(v) => setDraft({ ...draft, forActivities: v })} />
      <Toggle title='启用' checked={draft.active} onChange={(v) => setDraft({ ...draft, active: v })} />
      <View className='actions'>
        <AtButton size='small' type='primary' onClick={() => onDone(draft)}>
          确定
        </AtButton>
        <AtButton size='small' onClick={() => onDone(null)}>
          取消
        </AtButton>
      </View>
    </View>
  );
}
