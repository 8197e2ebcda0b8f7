import { Text, View } from '@tarojs/components';
import { go } from '@/ui/navigate';
import { CERTIFICATES_URL } from '@/features/stations/routes';
import { useReminders } from '../use-reminders';
import './reminder-banner.scss';

/**
 * 证书到期提醒, small: the most urgent reminder and how many more, tapping through to 我的证书.
 * Nothing when none is due. For 我的 and the home page.
 */
export function CertificateReminderBanner() {
  const due = useReminders().data ?? [];
  const first = due[0];
  if (!first) return null;
  return (
    <View className={`reminder-banner${first.milestone <= 7 ? ' reminder-banner--urgent' : ''}`} data-tap='reminders' data-testid='reminder-banner' onClick={() => go(CERTIFICATES_URL)}>
      <Text className='reminder-banner__title'>证书到期提醒{due.length > 1 ? `（${due.length} 本）` : ''}</Text>
      <Text className='reminder-banner__text'>{first.message}</Text>
      <Text className='reminder-banner__more'>查看要带的材料和可办理的驿站 ›</Text>
    </View>
  );
}
