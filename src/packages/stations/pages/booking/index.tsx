import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { call } from '@/api/client';
import { useRequestId } from '@/api/request-id';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { bookingLabel } from '@/features/stations/booking-text';
import '@/features/stations/cancel-outbox';
import { BookingDetails } from '@/features/stations/components/booking-details';
import { BookingPass } from '@/features/stations/components/booking-pass';
import { stationUrl } from '@/features/stations/routes';
import { submitWrite, useOutbox } from '@/offline/outbox';
import { confirmAction, notify } from '@/ui/feedback';
import { go } from '@/ui/navigate';

/** 我的预约 · one: the code to show, or the place in line; cancel before the deadline (queued without a signal). */
function BookingView({ id }: { id: string }) {
  const booking = useRemote(() => call('stations', 'getBooking', { id }), [id], { cache: 'stations.booking' });
  const waiting = useOutbox('stations.cancelBooking').find((e) => e.input.id === id);
  const { requestId, renew } = useRequestId();
  const { busy, run } = useBusy();
  const gate = beforeData(booking);
  if (gate) return gate;
  const b = booking.data!;

  const cancel = async () => {
    if (!(await confirmAction({ title: '取消预约', content: `${bookingLabel(b)}\n取消后名额让给候补的人。`, confirmText: '取消预约', cancelText: '不取消' }))) return;
    await run(async () => {
      const outcome = await submitWrite('stations.cancelBooking', requestId, { id: b.id, label: bookingLabel(b) });
      renew();
      if (outcome.sent) {
        notify('已取消', { done: true });
        await booking.reload();
      } else notify('网络不可用，取消已存入待发送，联网后自动提交');
    });
  };

  return (
    <>
      <DataAge savedAt={booking.savedAt} />
      {waiting ? (
        <Text className='card booking-page__waiting' data-testid='cancel-waiting'>
          {waiting.status === 'refused' ? `取消未能提交：${waiting.error ?? ''}` : '取消待发送：联网后自动提交'}
        </Text>
      ) : null}
      <BookingPass b={b} />
      <BookingDetails b={b} />
      <View className='actions actions--page'>
        <AtButton onClick={() => go(stationUrl(b.stationId))}>查看驿站</AtButton>
        {b.canCancel && !waiting ? (
          <AtButton type='secondary' loading={busy} disabled={busy} onClick={cancel}>
            取消预约
          </AtButton>
        ) : null}
      </View>
    </>
  );
}

export default function BookingPage() {
  const { params } = useRouter();
  return (
    <Screen className='booking-page'>
      <BookingView id={params['id'] ?? ''} />
    </Screen>
  );
}
