import { Text, View } from '@tarojs/components';
import type { Booking } from '@contracts/stations';
import { bookingLabel } from '../booking-text';
import { momentText } from '../format';
import './booking-pass.scss';

/** The booking's facts: where, what, when, who for, how to reach them, until when it can be cancelled. */
export function BookingDetails({ b }: { b: Booking }) {
  const lines = [
    bookingLabel(b),
    b.ship ? `船舶：${b.ship.name}${b.ship.mmsi ? `（MMSI ${b.ship.mmsi}）` : ''} · ${b.people} 人` : `本人预约 · ${b.people} 人`,
    b.eta ? `预计到达：${momentText(b.eta.from)}–${momentText(b.eta.to).slice(-5)}` : '',
    `联系电话：${b.phone}`,
    b.note ? `备注：${b.note}` : '',
    b.status === 'booked' || b.status === 'waitlisted' ? `取消截止：${momentText(b.cancelDeadline)}` : '',
  ].filter(Boolean);
  return (
    <View className='card'>
      {lines.map((l) => (
        <Text key={l} className='booking-details__line'>
          {l}
        </Text>
      ))}
    </View>
  );
}
