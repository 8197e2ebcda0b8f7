import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { WATERWAYS, type ServiceId, type WaterwayId } from '@contracts/stations-catalog';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { PagedFooter } from '@/components/paged-footer';
import { usePaged } from '@/hooks/use-paged';
import { useClock } from '../status';
import { Chips } from './chips';
import { openOnly } from './nearby-list';
import { StationRow } from './station-row';
import './browse-list.scss';

type Where = WaterwayId | 'all';

/** Without a position: pick a waterway or a port, stations in name order. */
export function BrowseList(p: { serviceId: ServiceId | null; openNow: boolean }) {
  const [waterway, setWaterway] = useState<Where>('all');
  const [port, setPort] = useState<string | null>(null);
  const now = useClock();
  const list = usePaged(
    (cursor) =>
      call('stations', 'list', {
        cursor,
        ...(waterway !== 'all' ? { waterwayId: waterway } : {}),
        ...(port ? { port } : {}),
        ...(p.serviceId ? { serviceId: p.serviceId } : {}),
      }),
    [waterway, port, p.serviceId],
    { cache: 'stations.list' },
  );
  // Ports on this waterway, from the list itself (stored, so the picker works offline too).
  const seen = useMemo(() => [...new Set([...(port ? [port] : []), ...list.items.map((s) => s.port).filter(Boolean)])].sort(), [port, list.items]);
  const rows = openOnly(list.items, p.openNow, now);
  return (
    <>
      <View className='card browse-list__where'>
        <Text className='card-title'>航道</Text>
        <Chips
          options={[{ value: 'all' as Where, label: '全部' }, ...WATERWAYS.map((w) => ({ value: w.id as Where, label: w.name }))]}
          value={waterway}
          onChange={(v) => {
            setWaterway(v ?? 'all');
            setPort(null);
          }}
        />
        {seen.length > 1 || port ? (
          <>
            <Text className='card-title browse-list__ports'>港口</Text>
            <Chips options={seen.map((x) => ({ value: x, label: x }))} value={port} onChange={setPort} clearable />
          </>
        ) : null}
      </View>
      <DataAge savedAt={list.savedAt} />
      {rows.map((s) => (
        <StationRow key={s.id} station={s} />
      ))}
      <PagedFooter list={{ ...list, items: rows }} empty={p.openNow ? '这里暂时没有营业中的驿站' : '这里还没有驿站'} />
    </>
  );
}
