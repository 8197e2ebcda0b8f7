import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtTextarea } from 'taro-ui';
import type { StationDetail } from '@contracts/stations';
import { call } from '@/api/client';
import { useRequestId } from '@/api/request-id';
import { useBusy } from '@/hooks/use-busy';
import { ConsolePage } from '@/features/stations/console/console-page';
import { ParcelDesk } from '@/features/stations/console/parcel-desk';
import { momentText } from '@/features/stations/format';
import { confirmAction, notify } from '@/ui/feedback';

function Notices({ s, onSaved }: { s: StationDetail; onSaved: () => void }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const { requestId, renew } = useRequestId();
  const { busy, run } = useBusy();
  const post = () => {
    if (title.trim().length < 2) return notify('标题至少 2 个字');
    void run(async () => {
      await call('stations', 'postNotice', { stationId: s.id, requestId, title: title.trim(), body: body.trim() });
      renew();
      setTitle('');
      setBody('');
      notify('已发布', { done: true });
      onSaved();
    }, '发布');
  };
  const remove = async (id: string, t: string) => {
    if (!(await confirmAction({ title: '删除公告', content: t, confirmText: '删除' }))) return;
    await run(async () => {
      await call('stations', 'removeNotice', { stationId: s.id, id });
      onSaved();
    }, '删除');
  };
  return (
    <>
      <View className='card'>
        <Text className='card-title'>发布公告</Text>
        <AtInput name='notice-title' title='标题' placeholder='如 端午节开放时间' maxlength={30} value={title} onChange={(v: string | number) => setTitle(String(v))} />
        <AtTextarea value={body} onChange={(v: string) => setBody(v)} maxLength={500} placeholder='公告内容' />
        <View className='actions'>
          <AtButton type='primary' size='small' loading={busy} disabled={busy} onClick={post}>
            发布
          </AtButton>
        </View>
      </View>
      {s.notices.map((n) => (
        <View key={n.id} className='card'>
          <Text className='card-title'>{n.title}</Text>
          {n.body ? <Text className='console__line'>{n.body}</Text> : null}
          <Text className='muted'>
            {n.byName} · {momentText(n.createdAt)}
          </Text>
          <View className='actions'>
            <AtButton size='small' disabled={busy} onClick={() => void remove(n.id, n.title)}>
              删除
            </AtButton>
          </View>
        </View>
      ))}
    </>
  );
}

/** 公告与快递: post and remove notices; the parcel desk. */
export default function StationNoticesPage() {
  return (
    <ConsolePage>
      {(s, reload) => (
        <>
          <Text className='section-title'>公告</Text>
          <Notices s={s} onSaved={reload} />
          <Text className='section-title'>快递代收</Text>
          <ParcelDesk stationId={s.id} />
        </>
      )}
    </ConsolePage>
  );
}
