import { View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import './index.scss';

export default function VolunteerPage() {
  return (
    <View className='page'>
      <EmptyState title='志愿服务即将开放' description='支部发布的义诊、植树、水上安全知识进校园等活动将在这里报名、签到。' />
    </View>
  );
}
