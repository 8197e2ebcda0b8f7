import { View } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import './index.scss';

export default function StationsPage() {
  return (
    <View className='page'>
      <EmptyState title='船员驿站即将开放' description='在这里查找沿江沿港的船员驿站、海员之家，查看服务与开放时间并预约。' />
    </View>
  );
}
