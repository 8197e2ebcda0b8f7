import { Text, View } from '@tarojs/components';
import { PROJECT_STAGES, type StageView } from '@contracts/brands-projects';
import { day } from '../format';
import './stage-timeline.scss';

/** 领题 → 解题 → 结题 as a timeline: each stage's planned date, and the day the ledger reached it. */
export function StageTimeline({ stages }: { stages: readonly StageView[] }) {
  return (
    <View className='stage-timeline'>
      {stages.map((s, i) => (
        <View key={s.stage} className={`stage-timeline__step${s.reachedOn ? ' stage-timeline__step--done' : ''}`}>
          <View className='stage-timeline__rail'>
            <View className='stage-timeline__dot' />
            {i < stages.length - 1 ? <View className='stage-timeline__line' /> : null}
          </View>
          <View className='stage-timeline__body'>
            <Text className='stage-timeline__name'>{PROJECT_STAGES[s.stage]}</Text>
            <Text className='stage-timeline__when'>
              {s.reachedOn ? `${day(s.reachedOn)} 完成` : '未完成'}
              {s.planned ? ` · 计划 ${day(s.planned)}` : ''}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
