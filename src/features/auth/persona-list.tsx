import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ErrorState, Loading } from '@/components/page-state';
import { toastError } from '@/api/client';
import { useRemote } from '@/hooks/use-remote';
import { fetchPersonas, signInAs } from './api';
import './persona-list.scss';

/** The h5 sign-in screen in local mode: pick who to be. */
export function PersonaList() {
  const personas = useRemote(fetchPersonas, []);
  const [busy, setBusy] = useState<string | null>(null);

  if (personas.loading && !personas.data) return <Loading />;
  if (personas.error) return <ErrorState error={personas.error} onRetry={personas.reload} />;

  return (
    <View className='persona-list'>
      <Text className='persona-list__intro'>本地演示：选择一个身份进入红帆。</Text>
      {personas.data?.map((p) => (
        <View
          key={p.openid}
          className={`persona-list__item${busy === p.openid ? ' persona-list__item--busy' : ''}`}
          data-openid={p.openid}
          onClick={async () => {
            if (busy) return;
            setBusy(p.openid);
            try {
              await signInAs(p.openid);
              await Taro.switchTab({ url: '/pages/me/index' });
            } catch (err) {
              toastError(err);
            } finally {
              setBusy(null);
            }
          }}
        >
          <Text className='persona-list__name'>{p.name}</Text>
          <Text className='persona-list__label'>{p.label}</Text>
          <Text className='persona-list__desc'>{p.description}</Text>
        </View>
      ))}
    </View>
  );
}
