import { Text, View } from '@tarojs/components';
import type { ActivityView } from '@contracts/volunteer';
import { fileUrl } from '@/api/storage';
import { TapImage } from '@/components/tap-image';
import { go } from '@/ui/navigate';
import { creditText, timeRange } from '@/features/volunteer/format';
import { CapacityBar } from './capacity-bar';
import { SignupButton } from './signup-button';
import './activity-card.scss';

export function ActivityCard({ activity: a, onChanged }: { activity: ActivityView; onChanged: () => void }) {
  const open = () => go(`/packages/volunteer/pages/detail/index?id=${a.id}`);
  return (
    <View className='activity-card' data-activity={a.id}>
      <View data-tap='open-activity' onClick={open}>
        {a.cover ? <TapImage className='activity-card__cover' src={fileUrl(a.cover)} fileId={a.cover} /> : null}
        <Text className='activity-card__title'>
          {a.status === 'draft' ? '【草稿】' : ''}
          {a.title}
        </Text>
        <Text className='activity-card__line'>{timeRange(a.startAt, a.endAt)}</Text>
        <Text className='activity-card__line'>
          {a.place.name} · {a.branchName}
        </Text>
        <Text className='activity-card__line'>{creditText(a)}</Text>
      </View>
      <View className='activity-card__foot'>
        <View className='activity-card__capacity'>
          <CapacityBar enrolled={a.enrolled} capacity={a.capacity} waitlisted={a.waitlisted} />
        </View>
        <SignupButton activity={a} onChanged={onChanged} />
      </View>
    </View>
  );
}
