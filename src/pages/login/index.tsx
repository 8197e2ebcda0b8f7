import { View } from '@tarojs/components';
import { PersonaList } from '@/features/auth/persona-list';
import './index.scss';

export default function LoginPage() {
  return (
    <View className='page'>
      <PersonaList />
    </View>
  );
}
