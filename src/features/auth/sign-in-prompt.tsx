import { View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { EmptyState } from '@/components/empty-state';
import { go } from '@/ui/navigate';

/** A signed-out tab: what signing in gives, and the 登录 button that does it. */
export function SignInPrompt({ title, description }: { title: string; description?: string }) {
  return (
    <>
      <EmptyState title={title} description={description} />
      <View className='actions actions--page actions--stack'>
        <AtButton type='primary' onClick={() => go('/pages/login/index')}>
          登录
        </AtButton>
      </View>
    </>
  );
}
