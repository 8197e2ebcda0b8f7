import { View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import './index.scss';

export default function PointsPage() {
  return (
    <View className='page'>
      <EmptyState title='党员量化积分即将开放' description='在这里登记学习、组织生活、志愿服务等积分，查看排名与星级。' />
    </View>
  );
}
