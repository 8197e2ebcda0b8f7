import { useState } from 'react';
import { View } from '@tarojs/components';
import { AtButton, AtInput } from 'taro-ui';
import { call } from '@/api/client';
import { useRequestId } from '@/api/request-id';
import { useBusy } from '@/hooks/use-busy';
import { notify } from '@/ui/feedback';

/** 登记待取快递: the staff see it expected, and the crew member is told in 消息 when it arrives. */
export function ExpectParcel({ stationId }: { stationId: string }) {
  const [note, setNote] = useState('');
  const { requestId, renew } = useRequestId();
  const { busy, run } = useBusy();
  const send = () =>
    run(async () => {
      await call('stations', 'expectParcel', { stationId, requestId, note: note.trim() });
      renew();
      setNote('');
      notify('已登记，到件后在“消息”中通知你');
    }, '登记');
  return (
    <View>
      <AtInput name='parcel-note' title='快递备注' placeholder='如 快递公司、单号后四位' maxlength={60} value={note} onChange={(v: string | number) => setNote(String(v))} />
      <View className='actions'>
        <AtButton size='small' type='primary' loading={busy} disabled={busy} onClick={() => void send()}>
          登记待取快递
        </AtButton>
      </View>
    </View>
  );
}
