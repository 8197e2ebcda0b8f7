import { Picker, Text, View } from '@tarojs/components';
import { AtList, AtListItem } from 'taro-ui';
import type { StationDetail } from '@contracts/stations';
import { SERVICES } from '@contracts/stations-catalog';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { BlockEditor } from '@/features/stations/console/block-editor';
import { ConsolePage } from '@/features/stations/console/console-page';
import { ServiceEditor } from '@/features/stations/console/service-editor';
import { notify } from '@/ui/feedback';

/** 添加服务: one more service from the shared catalogue, at the station's hours, confirmed today. */
function AddService({ s, onSaved }: { s: StationDetail; onSaved: () => void }) {
  const offered = new Set<string>(s.services.map((x) => x.serviceId));
  const more = SERVICES.filter((x) => !offered.has(x.id));
  const { busy, run } = useBusy();
  if (more.length === 0) return null;
  const add = (i: number) =>
    run(async () => {
      const svc = more[i]!;
      await call('stations', 'saveService', { stationId: s.id, serviceId: svc.id, hours: null, note: '', confirm: true, booking: null });
      notify(`已添加${svc.name}`, { done: true });
      onSaved();
    }, '添加服务');
  return (
    <AtList>
      <Picker mode='selector' range={more.map((x) => x.name)} disabled={busy} onChange={(e) => void add(Number(e.detail.value))}>
        <AtListItem title='添加服务' note='从服务目录中选择' arrow='right' />
      </Picker>
    </AtList>
  );
}

/** 服务与预约时段: each service's note, hours, 确认 stamp and slots; 停约 a day or a slot. */
export default function StationServicesPage() {
  return (
    <ConsolePage>
      {(s, reload) => (
        <>
          <Text className='section-title'>服务</Text>
          {s.services.map((svc) => (
            <ServiceEditor key={`${svc.serviceId}:${svc.confirmedOn ?? ''}:${JSON.stringify(svc.booking)}:${JSON.stringify(svc.hours)}`} s={s} svc={svc} onSaved={reload} />
          ))}
          <View className='card'>
            <AddService s={s} onSaved={reload} />
          </View>
          <Text className='section-title'>停约某天或某个时段</Text>
          <BlockEditor s={s} />
        </>
      )}
    </ConsolePage>
  );
}
