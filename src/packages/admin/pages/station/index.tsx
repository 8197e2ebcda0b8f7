import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { StationSummary } from '@contracts/stations';
import { addDays, chinaDate } from '@contracts/stations-hours';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { RequireRole } from '@/features/account/components/require-role';
import { Chips } from '@/features/stations/components/chips';
import { StationStatusBadge } from '@/features/stations/components/status-badge';
import { BoardView } from '@/features/stations/console/board-view';
import { ConsoleMenu } from '@/features/stations/console/console-menu';
import { StationChoice } from '@/features/stations/console/station-choice';
import { VerifyBox } from '@/features/stations/console/verify-box';
import { dayLabel } from '@/features/stations/format';

/** 驿站管理: the day's board by slot (stored: 核销 works with no signal), 核销, and the console's other pages. */
function Console({ station }: { station: StationSummary }) {
  const today = chinaDate(Date.now());
  const [date, setDate] = useState(today);
  // Stored per day: today's list and the station's key stay on the phone for checking codes offline.
  const board = useRemote(() => call('stations', 'board', { stationId: station.id, date }), [station.id, date], { cache: 'stations.board' });
  const days = [0, 1, 2].map((d) => addDays(today, d));
  return (
    <>
      <View className='card'>
        <Text className='card-title'>{station.name}</Text>
        <StationStatusBadge schedule={station.schedule} />
      </View>
      <View className='card'>
        <Chips options={days.map((d, i) => ({ value: d, label: `${['今天', '明天', '后天'][i]} ${dayLabel(d)}` }))} value={date} onChange={(v) => v && setDate(v)} />
      </View>
      {beforeData(board) ?? (
        <>
          {date === today ? <VerifyBox board={board.data!} onChanged={() => void board.reload()} /> : null}
          <DataAge savedAt={board.savedAt} />
          <Text className='section-title'>{date === today ? '今日预约' : `${dayLabel(date)} 的预约`}</Text>
          <BoardView board={board.data!} onChanged={() => void board.reload()} />
        </>
      )}
      <Text className='section-title'>驿站管理</Text>
      <ConsoleMenu stationId={station.id} date={date} />
    </>
  );
}

export default function StationAdminPage() {
  return (
    <Screen className='admin-page'>
      <RequireRole role={['station_staff', 'org_admin']}>
        <StationChoice>{(s) => <Console key={s.id} station={s} />}</StationChoice>
      </RequireRole>
    </Screen>
  );
}
