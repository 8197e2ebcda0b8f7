import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { StationDetail, StationServiceView } from '@contracts/stations';
import { go } from '@/ui/navigate';
import { dayLabel, spansText, weekdayName } from '../format';
import { bookUrl } from '../routes';
import { serviceSchedule } from '../status';
import { StationStatusBadge } from './status-badge';
import './service-card.scss';

/** The days a service's own hours run, in one line: 周三 09:00–11:30. */
function ownHoursText(svc: StationServiceView): string | null {
  if (!svc.hours) return null;
  const days = svc.hours.map((spans, i) => (spans.length ? `${weekdayName(i)} ${spansText(spans)}` : '')).filter(Boolean);
  return days.length ? days.join('；') : '暂停';
}

/** One service: what it is, its own hours and status, when staff last confirmed it, and 预约 when it takes bookings. */
export function ServiceCard({ station, svc }: { station: StationDetail; svc: StationServiceView }) {
  const own = ownHoursText(svc);
  return (
    <View className='service-card' data-testid='service-card'>
      <View className='service-card__head'>
        <Text className='service-card__name'>{svc.name}</Text>
        <StationStatusBadge schedule={serviceSchedule(station.schedule, svc.hours)} />
      </View>
      <Text className='service-card__line'>{svc.note || svc.hint}</Text>
      <Text className='service-card__line'>{own ? `服务时间：${own}` : '服务时间同驿站开放时间'}</Text>
      <Text className='service-card__stamp'>{svc.confirmedOn ? `工作人员 ${dayLabel(svc.confirmedOn)} 确认` : '尚未经工作人员确认'}</Text>
      {svc.booking ? (
        <View className='actions'>
          <AtButton size='small' type='primary' onClick={() => go(bookUrl(station.id, svc.serviceId))}>
            预约{svc.name}
          </AtButton>
        </View>
      ) : null}
    </View>
  );
}
