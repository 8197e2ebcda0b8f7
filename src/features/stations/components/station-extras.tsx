import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { StationDetail } from '@contracts/stations';
import { go } from '@/ui/navigate';
import { momentText } from '../format';
import { copyText } from '../navigate-to';
import { ExpectParcel } from './expect-parcel';
import './station-page.scss';

/** 公告: the station's latest notices, newest first. */
export function StationNotices({ s }: { s: StationDetail }) {
  if (s.notices.length === 0) return null;
  return (
    <View className='card'>
      <Text className='card-title'>公告</Text>
      {s.notices.map((n) => (
        <View key={n.id} className='station-page__notice'>
          <Text className='station-page__notice-title'>{n.title}</Text>
          {n.body ? <Text className='station-page__line'>{n.body}</Text> : null}
          <Text className='muted'>
            {momentText(n.createdAt)} {n.byName}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** 快递代收: the address crews write on a parcel, copied in one tap. */
export function ParcelAddress({ s }: { s: StationDetail }) {
  const p = s.parcel;
  if (!p) return null;
  const all = `${p.recipient} ${p.phone} ${p.address}`;
  return (
    <View className='card'>
      <Text className='card-title'>快递代收地址</Text>
      <Text className='station-page__line'>收件人：{p.recipient}</Text>
      <Text className='station-page__line'>电话：{p.phone}</Text>
      <Text className='station-page__line'>地址：{p.address}</Text>
      {p.note ? <Text className='muted'>{p.note}</Text> : null}
      <View className='actions'>
        <AtButton size='small' onClick={() => void copyText(all, '已复制收件地址')}>
          复制收件地址
        </AtButton>
      </View>
      {s.serviceIds.includes('parcel') ? <ExpectParcel stationId={s.id} /> : null}
    </View>
  );
}

/** 志愿活动 held at the station (流动党员 attend them here too). */
export function StationActivities({ s }: { s: StationDetail }) {
  if (s.activities.length === 0) return null;
  return (
    <View className='card'>
      <Text className='card-title'>在这里举办的活动</Text>
      {s.activities.map((a) => (
        <View key={a.id} className='station-page__activity' data-tap='activity' onClick={() => go(`/packages/volunteer/pages/detail/index?id=${a.id}`)}>
          <Text className='station-page__notice-title'>{a.title}</Text>
          <Text className='muted'>
            {momentText(a.startAt)} · {a.capacity > 0 ? `已报名 ${a.enrolled} / ${a.capacity}` : `已报名 ${a.enrolled}`} ›
          </Text>
        </View>
      ))}
    </View>
  );
}
