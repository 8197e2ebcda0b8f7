import { Text, View } from '@tarojs/components';
import type { LinkedActivity } from '@contracts/brands-projects';
import { go } from '@/ui/navigate';
import { shortDay } from '../format';
import './linked-activities.scss';

/** Volunteer activities held under a project or an alliance; each opens its own page. */
export function LinkedActivities({ activities }: { activities: readonly LinkedActivity[] }) {
  return (
    <View className='linked-activities'>
      {activities.map((a) => (
        <View key={a.id} className='linked-activities__row' data-tap='open-activity' onClick={() => go(`/packages/volunteer/pages/detail/index?id=${a.id}`)}>
          <Text className='linked-activities__title'>{a.title}</Text>
          <Text className='linked-activities__meta'>
            {shortDay(a.startAt)} · {a.place || a.branchName} · {a.status === 'finished' ? '已结束' : `已报名 ${a.enrolled} 人`}
          </Text>
        </View>
      ))}
    </View>
  );
}
