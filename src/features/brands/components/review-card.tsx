import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtListItem, AtTextarea } from 'taro-ui';
import { REVIEW_OUTCOMES, type ProjectDetail, type ReviewOutcome } from '@contracts/brands-projects';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { notify } from '@/ui/feedback';
import { day } from '../format';
import './review-card.scss';

const OUTCOMES = Object.keys(REVIEW_OUTCOMES) as ReviewOutcome[];

/** 验收: the outcome once given; the org admin gives it after 结题. */
export function ReviewCard({ detail, onReviewed }: { detail: ProjectDetail; onReviewed: (d: ProjectDetail) => void }) {
  const { project: p, canReview } = detail;
  const [outcome, setOutcome] = useState<ReviewOutcome>('good');
  const [comment, setComment] = useState('');
  const { busy, run } = useBusy();
  if (p.review) {
    return (
      <View className='review-card'>
        <Text className={`review-card__outcome review-card__outcome--${p.review.outcome}`}>验收{REVIEW_OUTCOMES[p.review.outcome]}</Text>
        {p.review.comment ? <Text className='review-card__comment'>{p.review.comment}</Text> : null}
        <Text className='review-card__by'>
          {p.review.byName} · {day(p.review.at)}
        </Text>
      </View>
    );
  }
  if (!canReview) return <Text className='muted'>{p.stage === 'conclude' ? '已结题，等待单位验收' : '结题后由单位进行验收'}</Text>;
  if (p.stage !== 'conclude') return <Text className='muted'>进度台帐记录结题后可以验收</Text>;
  const submit = () =>
    run(async () => {
      onReviewed(await call('brands', 'reviewProject', { id: p.id, outcome, comment }));
      notify('已验收', { done: true });
    }, '验收');
  return (
    <View className='review-card'>
      <Picker mode='selector' range={OUTCOMES.map((o) => REVIEW_OUTCOMES[o])} value={OUTCOMES.indexOf(outcome)} onChange={(e) => setOutcome(OUTCOMES[Number(e.detail.value)]!)}>
        <AtListItem title='验收结果' extraText={REVIEW_OUTCOMES[outcome]} arrow='right' />
      </Picker>
      <AtTextarea value={comment} onChange={(v: string) => setComment(v)} maxLength={300} placeholder='验收意见（可不填）' />
      <View className='actions'>
        <AtButton type='primary' size='small' loading={busy} disabled={busy} onClick={submit}>
          提交验收
        </AtButton>
      </View>
    </View>
  );
}
