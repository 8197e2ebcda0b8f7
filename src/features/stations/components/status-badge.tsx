import { Text } from '@tarojs/components';
import type { HoursData } from '@contracts/stations-hours';
import { liveStatus, useClock } from '../status';
import './status-badge.scss';

/**
 * 营业中 · 还有 40 分钟关门 / 已关门 · 明天 08:00 开门 / 临时关闭：… — computed now from the station's
 * hours, so a stored row stays true as time passes. For any page (the home page's nearest station too).
 */
export function StationStatusBadge({ schedule, at }: { schedule: HoursData; at?: number }) {
  const now = useClock();
  const { status, label } = liveStatus(schedule, at ?? now);
  return (
    <Text className={`station-status station-status--${status.state}`} data-testid='station-status'>
      {label}
    </Text>
  );
}
