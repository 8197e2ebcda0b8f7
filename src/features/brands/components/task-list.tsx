import { Text, View } from '@tarojs/components';
import type { ProjectTaskView } from '@contracts/brands-projects';
import { day } from '../format';
import './task-list.scss';

const OVERDUE = { first: '初步考核逾期', final: '完成考核逾期' } as const;

/** Tasks with 主办 and 协办, their review dates, and what is done or overdue. */
export function TaskList({ tasks }: { tasks: readonly ProjectTaskView[] }) {
  return (
    <View className='task-list'>
      {tasks.map((t) => (
        <View key={t.id} className={`task-list__task${t.overdue ? ' task-list__task--late' : ''}`}>
          <View className='task-list__head'>
            <Text className='task-list__title'>{t.title}</Text>
            {t.doneOn ? (
              <Text className='task-list__state task-list__state--done'>已完成</Text>
            ) : t.overdue ? (
              <Text className='task-list__state task-list__state--late'>{OVERDUE[t.overdue]}</Text>
            ) : (
              <Text className='task-list__state'>进行中</Text>
            )}
          </View>
          <Text className='task-list__line'>主办：{t.lead}</Text>
          {t.support.length ? <Text className='task-list__line'>协办：{t.support.join('、')}</Text> : null}
          <Text className='task-list__line'>
            {[t.firstReview ? `初步考核 ${day(t.firstReview)}` : '', t.finalReview ? `完成考核 ${day(t.finalReview)}` : ''].filter(Boolean).join(' · ') || '未定考核时间'}
          </Text>
          {t.doneOn ? <Text className='task-list__line'>完成于 {day(t.doneOn)}</Text> : null}
        </View>
      ))}
    </View>
  );
}
