import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtList, AtListItem, AtTextarea } from 'taro-ui';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { askToBeNotified } from '@/api/subscribe';
import { beforeData } from '@/components/page-state';
import { useRemote } from '@/hooks/use-remote';
import { useMe } from '@/features/account/me-store';
import { PhotoPicker } from '@/features/points/components/photo-picker';
import { signed, today } from '@/features/points/format';
import '@/features/points/components/claim-form.scss';
import { useRequestId } from '@/api/request-id';
import { Screen } from '@/components/screen';
import '@/features/points/claim-outbox';
import { submitWrite } from '@/offline/outbox';
import { notify } from '@/ui/feedback';

/** 申报积分: pick an item of the standard, the day, a note and up to 3 photos. Without a signal it waits in the outbox. */
export default function ClaimPage() {
  const { me } = useMe();
  const standard = useRemote(() => call('points', 'getStandard'), [], { cache: 'points.standard' });
  const [index, setIndex] = useState(-1);
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const { requestId } = useRequestId(); // one per filled-in form: a double tap or a resend claims once
  const { busy, run } = useBusy();
  // One id for this claim however often it is sent: a double tap or a retry files it once.

  const items = useMemo(() => {
    const s = standard.data;
    if (!s) return [];
    const catName = new Map(s.categories.map((c) => [c.id, c.name]));
    return s.items.filter((i) => i.active && i.claimable).map((i) => ({ ...i, label: `${catName.get(i.categoryId) ?? ''} · ${i.name}（${signed(i.points)}）` }));
  }, [standard.data]);
  const item = items[index];

  const gate = beforeData(standard);
  if (gate) return <Screen>{gate}</Screen>;

  const submit = async () => {
    if (!item) return notify('请选择积分项目');
    if (item.evidenceRequired && photos.length === 0) return notify('此项目需要上传照片作为凭证');
    await run(async () => {
      await askToBeNotified(process.env.POINTS_RESULT_TEMPLATE_ID);
      const draft = { itemId: item.id, itemName: item.name, points: item.points, date, note, openid: me?.profile.openid ?? '' };
      const outcome = await submitWrite('points.claim', requestId, draft, photos);
      if (outcome.sent) {
        notify('已提交，等待支部审核', { done: true });
        await Taro.redirectTo({ url: `/packages/points/pages/claim-detail/index?id=${outcome.result.id}` });
      } else {
        notify('网络不可用，申报已存入待发送，联网后自动提交');
        await Taro.redirectTo({ url: '/packages/points/pages/my-claims/index' });
      }
    }, '申报');
  };

  return (
    <Screen className='claim-form'>
      <AtList>
        <Picker mode='selector' range={items.map((i) => i.label)} value={Math.max(0, index)} onChange={(e) => setIndex(Number(e.detail.value))}>
          <AtListItem title='积分项目' extraText={item ? item.name : '请选择'} arrow='right' />
        </Picker>
        <Picker mode='date' value={date} end={today()} onChange={(e) => setDate(String(e.detail.value))}>
          <AtListItem title='日期' extraText={date} arrow='right' />
        </Picker>
      </AtList>
      {item ? (
        <Text className='claim-form__hint'>
          {signed(item.points)} 分{item.evidenceRequired ? ' · 需上传照片凭证' : ''}
          {item.caps.month ? ` · 每月最多 ${item.caps.month} 分` : ''}
          {item.caps.year ? ` · 每年最多 ${item.caps.year} 分` : ''}
        </Text>
      ) : null}
      <View className='card'>
        <AtTextarea value={note} onChange={(v: string) => setNote(v)} maxLength={500} placeholder='说明：参加了什么、在哪里（选填）' />
        <PhotoPicker openid={me?.profile.openid ?? ''} value={photos} onChange={setPhotos} />
      </View>
      <View className='actions actions--page'>
        <AtButton type='primary' className='claim-form__submit' loading={busy} disabled={busy} onClick={submit}>
          提交申报
        </AtButton>
      </View>
    </Screen>
  );
}
