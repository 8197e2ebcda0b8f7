import { useState } from 'react';
import { Checkbox, Text, View } from '@tarojs/components';
import { AtButton, AtInput } from 'taro-ui';
import type { Claim } from '@contracts/points';
import { TOKENS } from '@/styles/tokens';
import { dayText, signed } from '@/features/points/format';
import { Photos } from './photo-picker';
import './claim-review.scss';

/** One claim in the secretary's queue: select for bulk approval, or decide it alone. */
export function ClaimReview(p: {
  claim: Claim;
  selected: boolean;
  busy: boolean;
  onToggle: () => void;
  onDecide: (approve: boolean, reason?: string) => void;
  /** The secretary opened a photo of this claim (bulk approval counts the ones not looked at). */
  onViewPhotos?: () => void;
}) {
  const { claim: c } = p;
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <View className={`claim-review ${p.selected ? 'claim-review--selected' : ''}`}>
      {/* A real checkbox row: the whole line is the tap target, not the box alone. */}
      <View className='claim-review__head' role='checkbox' aria-checked={p.selected} data-tap='select-claim' onClick={p.onToggle}>
        <Checkbox className='claim-review__check' value={c.id} checked={p.selected} color={TOKENS.red} />
        <Text className='claim-review__title'>
          {c.memberName} · {c.itemName}
        </Text>
        <Text className='claim-review__points'>{signed(c.points)}</Text>
      </View>
      <Text className='claim-review__meta'>
        {c.categoryName} · {dayText(c.date)}
        {c.note ? ` · ${c.note}` : ''}
      </Text>
      <Photos ids={c.photos} onView={p.onViewPhotos} />
      {rejecting ? (
        <View>
          <AtInput name='reason' title='驳回理由' placeholder='党员会看到' value={reason} onChange={(v: string | number) => setReason(String(v))} />
          <View className='actions'>
            <AtButton size='small' type='primary' disabled={p.busy} onClick={() => p.onDecide(false, reason)}>
              确认驳回
            </AtButton>
            <AtButton size='small' disabled={p.busy} onClick={() => setRejecting(false)}>
              取消
            </AtButton>
          </View>
        </View>
      ) : (
        <View className='actions'>
          <AtButton size='small' type='primary' disabled={p.busy} onClick={() => p.onDecide(true)}>
            通过
          </AtButton>
          <AtButton size='small' disabled={p.busy} onClick={() => setRejecting(true)}>
            驳回
          </AtButton>
        </View>
      )}
    </View>
  );
}
