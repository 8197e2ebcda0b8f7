import { Text, View } from '@tarojs/components';
import type { AllianceMeeting, AllianceMember } from '@contracts/brands-alliances';
import { fileUrl } from '@/api/storage';
import { TapImage } from '@/components/tap-image';
import { previewImages } from '../preview';
import { day } from '../format';
import './meeting-list.scss';

/** 联席会议: when, where, who came, the summary and what was decided. */
export function MeetingList({ meetings, members }: { meetings: readonly AllianceMeeting[]; members: readonly AllianceMember[] }) {
  const unit = new Map(members.map((m) => [m.key, m.unit]));
  return (
    <View className='meeting-list'>
      {meetings.map((m) => (
        <View key={m.id} className='meeting-list__meeting'>
          <Text className='meeting-list__title'>{m.title}</Text>
          <Text className='meeting-list__meta'>{[day(m.date), m.place].filter(Boolean).join(' · ')}</Text>
          {m.units.length ? <Text className='meeting-list__meta'>参会：{m.units.map((k) => unit.get(k) ?? k).join('、')}</Text> : null}
          <Text className='meeting-list__summary'>{m.summary}</Text>
          {m.decisions.length ? (
            <View className='meeting-list__decisions'>
              {m.decisions.map((d, i) => (
                <Text key={i} className='meeting-list__decision'>
                  {i + 1}. {d}
                </Text>
              ))}
            </View>
          ) : null}
          {m.images.length ? (
            <View className='meeting-list__images'>
              {m.images.map((img) => (
                <View key={img} className='meeting-list__thumb' data-tap='preview-image' aria-label='查看会议图片' onClick={() => previewImages(m.images, img)}>
                  <TapImage className='meeting-list__img' src={fileUrl(img)} />
                </View>
              ))}
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
