import { View } from '@tarojs/components';
import { EmptyState } from '../../../../components/empty-state';
import './index.scss';

export default function AdminHome() {
  return (
    <View className='page'>
      <EmptyState title='管理后台即将开放' description='支部书记审核积分、发布活动，驿站工作人员处理预约，都将在这里进行。' />
    </View>
  );
}
