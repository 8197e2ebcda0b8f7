import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { BookingRules, StationServiceView } from '@contracts/stations';
import { call } from '@/api/client';
import { EmptyState } from '@/components/empty-state';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { BookingForm } from '@/features/stations/components/booking-form';
import { Chips } from '@/features/stations/components/chips';

type Bookable = StationServiceView & { booking: BookingRules };

/** 预约: the station's services that take bookings, then the form for the chosen one. */
function Book({ stationId, first }: { stationId: string; first: string | undefined }) {
  const station = useRemote(() => call('stations', 'get', { stationId }), [stationId], { cache: 'stations.station' });
  const [serviceId, setServiceId] = useState(first ?? null);
  const gate = beforeData(station);
  if (gate) return gate;
  const s = station.data!;
  const bookable = s.services.filter((x): x is Bookable => x.booking !== null);
  if (bookable.length === 0) return <EmptyState title='这个驿站暂不接受预约' description='可直接拨打驿站电话咨询。' />;
  const svc = bookable.find((x) => x.serviceId === serviceId) ?? bookable[0]!;
  return (
    <>
      <View className='card'>
        <Text className='card-title'>{s.name}</Text>
        <Chips options={bookable.map((x) => ({ value: x.serviceId as string, label: x.name }))} value={svc.serviceId} onChange={(v) => v && setServiceId(v)} />
        <Text className='muted'>{svc.note || svc.hint}</Text>
      </View>
      <BookingForm key={svc.serviceId} station={s} svc={svc} />
    </>
  );
}

export default function BookPage() {
  const { params } = useRouter();
  return (
    <Screen>
      <Book stationId={params['stationId'] ?? ''} first={params['serviceId']} />
    </Screen>
  );
}
