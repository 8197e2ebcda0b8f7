import { Text } from '@tarojs/components';
import { NATIONAL_LINES, WHAT_TO_SAY } from '@contracts/stations-catalog';
import type { Hotlines } from '@contracts/stations';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { Screen } from '@/components/screen';
import { useRemote } from '@/hooks/use-remote';
import { HotlineButton } from '@/features/stations/components/hotline-button';
import { HotlineList } from '@/features/stations/components/hotline-list';
import { WhatToSay } from '@/features/stations/components/what-to-say';
import { lastPosition } from '@/features/stations/location';
import { DISTRESS_NUMBER } from '@/features/stations/phone';
import { useClock } from '@/features/stations/status';

/** Shown before the first read and without any stored copy: the national lines never need the network. */
const BUILT_IN: Hotlines = {
  lines: NATIONAL_LINES.map((l) => ({ ...l })),
  whatToSay: WHAT_TO_SAY.map((w) => ({ ...w })),
  readAt: '',
};

/** ~10 km: the stored lines stay in use while the ship moves about. */
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * 求助: 12395 first and biggest, the card of what to say with the last known position, then the
 * organisation's and the nearest stations' lines. Works with no network: the lines are stored, and
 * the national ones are built in.
 */
export default function HotlinesPage() {
  const now = useClock();
  const position = lastPosition();
  const where = position ? { lat: round(position.lat), lng: round(position.lng) } : {};
  const read = useRemote(() => call('stations', 'hotlines', where), [where.lat ?? null, where.lng ?? null], { cache: 'stations.hotlines' });
  const data = read.data ?? BUILT_IN;
  return (
    <Screen className='hotlines-page'>
      <Text className='section-title'>水上遇险，立即拨打</Text>
      <HotlineButton big />
      <WhatToSay items={data.whatToSay} position={position} now={now} />
      <Text className='section-title'>其他求助电话</Text>
      <HotlineList lines={data.lines.filter((l) => l.number !== DISTRESS_NUMBER)} />
      <DataAge savedAt={read.savedAt} />
    </Screen>
  );
}
