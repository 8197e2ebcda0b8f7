import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { OfflineBanner } from '@/components/offline-banner';
import { PrivacyPopup } from '@/features/privacy/components/privacy-popup';

/**
 * The root of every page: the grey page, with the 离线 banner on top while there is no network.
 * Loading and error states go inside it too, so the banner is there whatever the page shows; the
 * privacy popup is there too, for whichever page first touches personal data.
 */
export function Screen({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <View className={`page ${className}`}>
      <OfflineBanner />
      {children}
      <PrivacyPopup />
    </View>
  );
}
