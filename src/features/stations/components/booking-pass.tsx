import { Text, View } from '@tarojs/components';
import type { Booking } from '@contracts/stations';
import { QrCode } from '@/components/qr-code';
import { bookingStatusText } from '../booking-text';
import { momentText } from '../format';
import './booking-pass.scss';

/** What the crew member shows at the station: the signed QR and the 6-character code, or where they stand. */
export function BookingPass({ b }: { b: Booking }) {
  return (
    <View className='card booking-pass'>
      <Text className={`booking-pass__status booking-pass__status--${b.status}`} data-testid='booking-status'>
        {bookingStatusText(b)}
      </Text>
      {b.status === 'booked' && b.qr && b.code ? (
        <>
          <QrCode text={b.qr} size={440} />
          <Text className='booking-pass__code-label'>预约码</Text>
          <Text className='booking-pass__code' data-testid='booking-code'>
            {b.code}
          </Text>
          <Text className='muted'>到驿站出示二维码，或报出预约码；工作人员没有信号时也能核对。</Text>
        </>
      ) : null}
      {b.status === 'waitlisted' ? <Text className='muted'>前面有人取消时按顺序递补，递补成功会在“消息”中通知你。</Text> : null}
      {b.status === 'completed' && b.usedAt ? <Text className='muted'>{momentText(b.usedAt)} 已核销</Text> : null}
      {b.status === 'failed' && b.failedReason ? <Text className='muted'>{b.failedReason}</Text> : null}
    </View>
  );
}
