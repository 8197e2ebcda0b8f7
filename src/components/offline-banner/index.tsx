import { Text, View } from '@tarojs/components';
import { useNetwork } from '@/offline/network';
import './index.scss';

/** A slim line at the top of a page while the phone has no network: what is shown stays usable. */
export function OfflineBanner() {
  const { online } = useNetwork();
  if (online) return null;
  return (
    <View className='offline-banner' role='status' data-testid='offline-banner'>
      <Text className='offline-banner__tag'>离线</Text>
      <Text className='offline-banner__text'>显示的是上次保存的内容，联网后自动更新</Text>
    </View>
  );
}
