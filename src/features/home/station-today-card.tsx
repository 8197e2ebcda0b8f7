import { Text, View } from '@tarojs/components';
import type { HomeBooking } from '@contracts/home';
import { go } from '@/ui/navigate';
import { HomeCard, Stat } from './home-card';

/** Station staff: today's bookings at their station, the next ones first. */
export function StationTodayCard({ stationName, statusLabel, waiting, served, waitlisted, next }: { stationName: string; statusLabel: string; waiting: number; served: number; waitlisted: number; next: readonly HomeBooking[] }) {
  const board = () => go('/packages/admin/pages/station/index');
  return (
    <HomeCard title='今日预约' more='驿站管理' onMore={board} testId='home-station-today'>
      <Text className='home-card__strong'>{stationName}</Text>
      <Text className='home-card__line'>{statusLabel}</Text>
      <View className='home-card__stats'>
        <Stat value={waiting} label='待服务' alert={waiting > 0} onTap={board} />
        <Stat value={served} label='已完成' />
        <Stat value={waitlisted} label='候补' />
      </View>
      {next.map((b) => (
        <Text key={b.id} className='home-card__line'>
          {b.start}-{b.end} {b.serviceName} · {b.label}
          {b.people > 1 ? `（${b.people} 人）` : ''}
        </Text>
      ))}
    </HomeCard>
  );
}
