import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { StationDetail } from '@contracts/stations';
import { call } from '@/api/client';
import { useRequestId } from '@/api/request-id';
import { Screen } from '@/components/screen';
import { useBusy } from '@/hooks/use-busy';
import { RequireRole } from '@/features/account/components/require-role';
import { ConsolePage } from '@/features/stations/console/console-page';
import { blankStation, formOf, stationFields, type StationFields, type StationForm } from '@/features/stations/console/station-fields';
import { StationFormView } from '@/features/stations/console/station-form';
import { notify } from '@/ui/feedback';

function Editor({ start, onSave, label }: { start: StationForm; onSave: (fields: StationFields) => Promise<void>; label: string }) {
  const [f, setF] = useState(start);
  const { busy, run } = useBusy();
  const save = () => {
    const r = stationFields(f);
    if ('error' in r) return notify(r.error);
    void run(() => onSave(r.fields), label);
  };
  return (
    <>
      <StationFormView f={f} set={(patch) => setF({ ...f, ...patch })} />
      <View className='actions actions--page'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={save}>
          {label}
        </AtButton>
      </View>
    </>
  );
}

function Edit({ s, onSaved }: { s: StationDetail; onSaved: () => void }) {
  return (
    <Editor
      start={formOf(s)}
      label='保存'
      onSave={async (fields) => {
        await call('stations', 'edit', { stationId: s.id, ...fields });
        notify('已保存', { done: true });
        onSaved();
      }}
    />
  );
}

/** 新建驿站 (org admin): created in the admin's organisation, then its console opens. */
function Create() {
  const { requestId, renew } = useRequestId();
  return (
    <Screen className='admin-page'>
      <RequireRole role='org_admin'>
        <Editor
          start={blankStation()}
          label='新建驿站'
          onSave={async (fields) => {
            const s = await call('stations', 'create', { requestId, ...fields });
            renew();
            notify('已新建', { done: true });
            await Taro.redirectTo({ url: `/packages/admin/pages/station/index?stationId=${s.id}` });
          }}
        />
      </RequireRole>
    </Screen>
  );
}

/** 驿站信息: edit the station (staff or org admin), or ?new=1: create one (org admin). */
export default function StationEditPage() {
  const { params } = useRouter();
  if (params['new']) return <Create />;
  return <ConsolePage>{(s, reload) => <Edit key={s.id} s={s} onSaved={reload} />}</ConsolePage>;
}
