import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { StationSummary } from '@contracts/stations';
import { go } from '@/ui/navigate';
import { distanceText, serviceNames } from '../format';
import { callNumber } from '../phone';
import { stationUrl } from '../routes';
import { StationStatusBadge } from './status-badge';
import './station-row.scss';

/** One station in a list: name, where, how far, open now, its services; tap for its page, or call it. */
export function StationRow({ station: s, extra }: { station: StationSummary; extra?: ReactNode }) {
  const where = [s.kindName, s.port, distanceText(s.distanceKm)].filter(Boolean).join(' · ');
  return (
    <View className='station-row' data-testid='station-row'>
      <View className='station-row__body' data-tap='station' onClick={() => go(stationUrl(s.id))}>
        <Text className='station-row__name'>{s.name}</Text>
        <Text className='station-row__where'>{where}</Text>
        <StationStatusBadge schedule={s.schedule} />
        {extra}
        {s.serviceIds.length ? <Text className='station-row__services'>{serviceNames(s.serviceIds, 4)}</Text> : null}
      </View>
      {s.phone ? (
        <View className='actions station-row__actions'>
          <AtButton size='small' type='secondary' className='station-row__call' onClick={() => callNumber(s.phone!.number)}>
            拨打{s.phone.label}
          </AtButton>
        </View>
      ) : null}
    </View>
  );
}
