import { View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import './index.scss';

export default function MePage() {
  return (
    <View className='page'>
      <EmptyState title='登录即将开放' description='登录后可在这里完善个人资料、加入党支部。' />
    </View>
  );
}
