import { Text } from '@tarojs/components';
import type { CertificateReminder } from '@contracts/certificates';
import { HomeCard } from './home-card';

/**
 * The certificate closest to expiry, and what to bring to renew it.
 * NOTE: a stand-in until the crew-stations branch lands its certificate reminder (src/features/certificates/).
 */
export function CertificateCard({ reminder: r }: { reminder: CertificateReminder }) {
  return (
    <HomeCard title='证书到期提醒' testId='home-certificate'>
      <Text className='home-card__strong'>{r.message}</Text>
      {r.materials.length ? <Text className='home-card__line'>办理需带：{r.materials.slice(0, 4).join('、')}</Text> : null}
      <Text className='home-card__line'>可到提供“证书办理帮办”的驿站办理</Text>
    </HomeCard>
  );
}
