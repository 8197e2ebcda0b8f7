import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { OfflineBanner } from '@/components/offline-banner';

/**
 * The root of every page: the grey page, with the 离线 banner on top while there is no network.
 * Loading and error states go inside it too, so the banner is there whatever the page shows.
 */
export function Screen({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <View className={`page ${className}`}>
      <OfflineBanner />
      {children}
    </View>
  );
}
