import { Text } from '@tarojs/components';
import type { CertificateReminder } from '@contracts/certificates';
import { go } from '@/ui/navigate';
import { HomeCard } from './home-card';

/** The certificate closest to expiry, and what to bring to renew it; 我的证书 is in the stations subpackage. */
export function CertificateCard({ reminder: r }: { reminder: CertificateReminder }) {
  return (
    <HomeCard title='证书到期提醒' more='我的证书' onMore={() => go('/packages/stations/pages/certificates/index')} testId='home-certificate'>
      <Text className='home-card__strong'>{r.message}</Text>
      {r.materials.length ? <Text className='home-card__line'>办理需带：{r.materials.slice(0, 4).join('、')}</Text> : null}
      <Text className='home-card__line'>可到提供“证书办理帮办”的驿站办理</Text>
    </HomeCard>
  );
}
