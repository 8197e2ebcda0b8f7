import { useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtList, AtListItem, AtTextarea } from 'taro-ui';
import { call } from '@/api/client';
import { useBusy } from '@/hooks/use-busy';
import { askToBeNotified } from '@/api/subscribe';
import { beforeData } from '@/components/page-state';
import { useRemote } from '@/hooks/use-remote';
import { useMe } from '@/features/account/me-store';
import { PhotoPicker } from '@/features/points/components/photo-picker';
import { signed, startOfYear, today } from '@/features/points/format';
import '@/features/points/components/claim-form.scss';
import { useRequestId } from '@/api/request-id';
import { Screen } from '@/components/screen';
import '@/features/points/claim-outbox';
import { submitWrite } from '@/offline/outbox';
import { notify } from '@/ui/feedback';
import { useLeaveGuard } from '@/hooks/use-leave-guard';

/**
 * 申报积分: pick an item of the standard, the day, a note and up to 3 photos. Without a signal it
 * waits in the outbox. `?item=<id>` opens with that item chosen (from 距下一星级); `?from=<claimId>`
 * fills the form from a rejected claim (修改后重新申报).
 */
export default function ClaimPage() {
  const { me } = useMe();
  const { params } = useRouter();
  const from = params['from'] ?? '';
  const standard = useRemote(() => call('points', 'getStandard'), [], { cache: 'points.standard' });
  const previous = useRemote(() => (from ? call('points', 'getClaim', { claimId: from }) : Promise.resolve(null)), [from], { cache: 'points.claim' });
  const [index, setIndex] = useState(-1);
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [touched, setTouched] = useState(false);
  const [sent, setSent] = useState(false);
  // One id for this claim however often it is sent: a double tap or a retry files it once.
  const { requestId } = useRequestId();
  const { busy, run } = useBusy();
  useLeaveGuard(touched && !sent);
  const edit = <T,>(set: (v: T) => void) => (v: T) => {
    setTouched(true);
    set(v);
  };

  const items = useMemo(() => {
    const s = standard.data;
    if (!s) return [];
    const catName = new Map(s.categories.map((c) => [c.id, c.name]));
    return s.items.filter((i) => i.active && i.claimable).map((i) => ({ ...i, label: `${catName.get(i.categoryId) ?? ''} · ${i.name}（${signed(i.points)}）` }));
  }, [standard.data]);
  const item = items[index];

  // Fill in once, when what it needs has arrived: the item asked for, or the rejected claim's contents.
  const filled = useRef(false);
  useEffect(() => {
    if (filled.current || items.length === 0) return;
    const p = previous.data;
    const wanted = p?.itemId ?? params['item'];
    if (from && !p) return;
    filled.current = true;
    if (wanted) setIndex(items.findIndex((i) => i.id === wanted));
    if (p) {
      setDate(p.date);
      setNote(p.note);
      setPhotos(p.photos);
    }
  }, [items, previous.data, from, params]);

  const gate = beforeData(standard);
  if (gate) return <Screen>{gate}</Screen>;

  const submit = async () => {
    if (!item) return notify('请选择积分项目');
    if (item.evidenceRequired && photos.length === 0) return notify('此项目需要上传照片作为凭证');
    await run(async () => {
      await askToBeNotified(process.env.POINTS_RESULT_TEMPLATE_ID);
      const draft = { itemId: item.id, itemName: item.name, points: item.points, date, note, openid: me?.profile.openid ?? '' };
      const outcome = await submitWrite('points.claim', requestId, draft, photos);
      setSent(true); // filed or waiting in the outbox: nothing left to lose by leaving
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
      {previous.data?.status === 'rejected' ? (
        <Text className='claim-form__hint' data-testid='resubmit-note'>
          修改后重新申报：上次驳回理由「{previous.data.reason ?? '未说明'}」
        </Text>
      ) : null}
      <AtList>
        <Picker mode='selector' range={items.map((i) => i.label)} value={Math.max(0, index)} onChange={(e) => edit(setIndex)(Number(e.detail.value))}>
          <AtListItem title='积分项目' extraText={item ? item.name : '请选择'} arrow='right' />
        </Picker>
        <Picker mode='date' value={date} start={startOfYear()} end={today()} onChange={(e) => edit(setDate)(String(e.detail.value))}>
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
        <AtTextarea value={note} onChange={edit<string>(setNote)} maxLength={500} placeholder='说明：参加了什么、在哪里（选填）' />
        <PhotoPicker openid={me?.profile.openid ?? ''} value={photos} onChange={edit(setPhotos)} />
      </View>
      <View className='actions actions--page'>
        <AtButton type='primary' className='claim-form__submit' loading={busy} disabled={busy} onClick={submit}>
          提交申报
        </AtButton>
      </View>
    </Screen>
  );
}
