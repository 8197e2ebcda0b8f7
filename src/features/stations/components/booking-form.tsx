import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtList, AtListItem, AtSegmentedControl, AtTextarea } from 'taro-ui';
import type { BookingRules, SlotView, StationDetail, StationServiceView } from '@contracts/stations';
import { call } from '@/api/client';
import { useRequestId, withRequestId } from '@/api/request-id';
import { askForReminder } from '@/api/subscribe';
import { beforeData } from '@/components/page-state';
import { useBusy } from '@/hooks/use-busy';
import { remoteKey, useRemote } from '@/hooks/use-remote';
import { useMe } from '@/features/account/me-store';
import { writeCache } from '@/offline/cache-store';
import { notify } from '@/ui/feedback';
import { chinaIso } from '../booking-text';
import { bookingUrl } from '../routes';
import { CertificateChoice } from './certificate-choice';
import { SlotPicker } from './slot-picker';
import './booking-form.scss';

interface Ship {
  name: string;
  mmsi: string;
  people: string;
  from: string;
  to: string;
}

/** Why the form cannot be sent yet, in plain words; null when it can. */
function problem(slot: SlotView | null, forShip: boolean, ship: Ship, phone: string, rules: BookingRules): string | null {
  if (!slot) return '请选择预约时段';
  if (forShip && !ship.name.trim()) return '请填写船名';
  if (forShip && ship.mmsi && !/^\d{9}$/.test(ship.mmsi)) return 'MMSI 为 9 位数字，可不填';
  const n = Number(ship.people);
  if (forShip && (!Number.isInteger(n) || n < 1 || n > rules.maxPeople)) return `人数为 1 到 ${rules.maxPeople} 人`;
  if (forShip && ship.from >= ship.to) return '预计到达时间：结束须晚于开始';
  if (!/^1\d{10}$/.test(phone.trim())) return '请填写 11 位手机号，方便驿站联系';
  return null;
}

/** 预约: a slot, for oneself or for a ship, the phone to reach them; the reminder is asked for on the tap. */
export function BookingForm({ station, svc }: { station: StationDetail; svc: StationServiceView & { booking: BookingRules } }) {
  const { me } = useMe();
  const days = useRemote(() => call('stations', 'slots', { stationId: station.id, serviceId: svc.serviceId }), [station.id, svc.serviceId], {
    cache: 'stations.slots',
  });
  const [slot, setSlot] = useState<SlotView | null>(null);
  const [forShip, setForShip] = useState(false);
  const [ship, setShip] = useState<Ship>({ name: '', mmsi: '', people: '1', from: '', to: '' });
  const [phone, setPhone] = useState(me?.profile.phone ?? '');
  const [note, setNote] = useState('');
  const [certificateIds, setCertificateIds] = useState<string[]>([]);
  const { requestId, renew } = useRequestId();
  const { busy, run } = useBusy();
  const gate = beforeData(days);
  if (gate) return gate;

  const pick = (s: SlotView | null) => {
    setSlot(s);
    if (s) setShip((x) => ({ ...x, from: x.from || s.start, to: x.to || s.end }));
  };
  const submit = async () => {
    const why = problem(slot, forShip, ship, phone, svc.booking);
    if (why) return notify(why);
    await run(async () => {
      // Asked on the tap itself (WeChat allows it only there); h5 skips it.
      const reminder = await askForReminder(process.env.BOOKING_REMINDER_TEMPLATE_ID);
      const input = {
        slotId: slot!.id,
        people: forShip ? Number(ship.people) : 1,
        ship: forShip ? { name: ship.name.trim(), mmsi: ship.mmsi || null } : null,
        eta: forShip ? { from: chinaIso(slot!.date, ship.from), to: chinaIso(slot!.date, ship.to) } : null,
        phone: phone.trim(),
        note,
        reminder,
        ...(certificateIds.length ? { certificateIds } : {}),
      };
      const b = await call('stations', 'book', withRequestId('stations', 'book', { ...input, requestId }, requestId));
      renew();
      writeCache(remoteKey('stations.booking', [b.id]), b); // the code opens at once, offline too
      notify(b.status === 'waitlisted' ? `已候补，第 ${b.waitlistPosition ?? 1} 位` : '预约成功', { done: true });
      await Taro.redirectTo({ url: bookingUrl(b.id) });
    }, '预约');
  };

  return (
    <>
      <View className='card'>
        <Text className='card-title'>选择时段</Text>
        <SlotPicker days={days.data!} value={slot} onChange={pick} />
        <Text className='muted booking-form__rule'>
          开始前 {svc.booking.cancelBeforeMinutes} 分钟可取消；每人每天最多预约 {svc.booking.perPersonPerDay} 次
          {svc.booking.waitlist ? '；约满可候补，有人取消按顺序递补' : ''}
        </Text>
      </View>
      <View className='card'>
        <AtSegmentedControl values={['为自己预约', '为船舶预约']} current={forShip ? 1 : 0} onClick={(i: number) => setForShip(i === 1)} />
        {forShip ? (
          <>
            <AtInput name='ship' title='船名' placeholder='如 皖安庆货1688' value={ship.name} onChange={(v: string | number) => setShip({ ...ship, name: String(v) })} />
            <AtInput name='mmsi' title='MMSI' type='number' placeholder='9 位数字，可不填' value={ship.mmsi} onChange={(v: string | number) => setShip({ ...ship, mmsi: String(v) })} />
            <AtInput name='people' title='人数' type='number' placeholder={`最多 ${svc.booking.maxPeople} 人`} value={ship.people} onChange={(v: string | number) => setShip({ ...ship, people: String(v) })} />
            <AtList hasBorder={false}>
              <Picker mode='time' value={ship.from || '08:00'} onChange={(e) => setShip({ ...ship, from: String(e.detail.value) })}>
                <AtListItem title='预计到达 从' extraText={ship.from || '请选择'} arrow='right' />
              </Picker>
              <Picker mode='time' value={ship.to || '09:00'} onChange={(e) => setShip({ ...ship, to: String(e.detail.value) })}>
                <AtListItem title='预计到达 至' extraText={ship.to || '请选择'} arrow='right' />
              </Picker>
            </AtList>
          </>
        ) : null}
        <AtInput name='phone' title='手机号' type='phone' placeholder='驿站联系你用' value={phone} onChange={(v: string | number) => setPhone(String(v))} />
        <AtTextarea value={note} onChange={(v: string) => setNote(v)} maxLength={200} placeholder='备注（选填）：需要帮办的事项、到达的码头等' />
      </View>
      {svc.serviceId === 'cert_help' ? <CertificateChoice value={certificateIds} onChange={setCertificateIds} /> : null}
      <View className='actions actions--page'>
        <AtButton type='primary' className='booking-form__submit' loading={busy} disabled={busy} onClick={submit}>
          {slot?.state === 'waitlist' ? '提交候补' : '提交预约'}
        </AtButton>
      </View>
      <Text className='muted booking-form__note'>预约需要联网提交；没有信号时不会保存，请联网后再约。</Text>
    </>
  );
}
