import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { CertificateReminder } from '@contracts/certificates';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { go } from '@/ui/navigate';
import { distanceText } from '@/features/stations/format';
import { stationUrl } from '@/features/stations/routes';
import './reminder-list.scss';

interface Helper {
  id: string;
  name: string;
  note: string;
}

/** Without a position the reminders name no stations: the ones offering 证书办理帮办, by name. */
function useHelpers(reminders: CertificateReminder[]): Helper[] {
  const near = reminders.find((r) => r.stations.length)?.stations ?? [];
  const any = useRemote(() => call('stations', 'list', { serviceId: 'cert_help' }), [], { cache: 'stations.certHelp' });
  if (near.length) return near.map((s) => ({ id: s.id, name: s.name, note: [distanceText(s.distanceKm), s.statusLabel].filter(Boolean).join(' · ') }));
  return (any.data?.items ?? []).slice(0, 3).map((s) => ({ id: s.id, name: s.name, note: [s.port, s.statusLabel].filter(Boolean).join(' · ') }));
}

/** 到期提醒: what is due, what to bring, and the stations that can help, nearest first. */
export function ReminderList({ reminders, onDismissed }: { reminders: CertificateReminder[]; onDismissed: () => void }) {
  const helpers = useHelpers(reminders);
  const { busy, run } = useBusy();
  if (reminders.length === 0) return null;
  const dismiss = (r: CertificateReminder) =>
    run(async () => {
      await call('certificates', 'dismissReminder', { id: r.certificateId, milestone: r.milestone });
      onDismissed();
    }, '操作');
  return (
    <>
      <Text className='section-title'>到期提醒</Text>
      {reminders.map((r) => (
        <View key={`${r.certificateId}-${r.milestone}`} className={`card reminder-list__item${r.milestone <= 7 ? ' reminder-list__item--urgent' : ''}`} data-testid='reminder'>
          <Text className='reminder-list__message'>{r.message}</Text>
          <Text className='reminder-list__label'>办理时请带：</Text>
          <Text className='reminder-list__materials'>{r.materials.join('、')}</Text>
          <View className='actions'>
            <AtButton size='small' disabled={busy} onClick={() => void dismiss(r)}>
              知道了
            </AtButton>
          </View>
        </View>
      ))}
      {helpers.length ? (
        <View className='card' data-testid='cert-help-stations'>
          <Text className='card-title'>可办理证书帮办的驿站</Text>
          {helpers.map((h) => (
            <View key={h.id} className='reminder-list__station' data-tap='station' onClick={() => go(stationUrl(h.id))}>
              <Text className='reminder-list__station-name'>{h.name} ›</Text>
              {h.note ? <Text className='muted'>{h.note}</Text> : null}
            </View>
          ))}
        </View>
      ) : null}
    </>
  );
}
