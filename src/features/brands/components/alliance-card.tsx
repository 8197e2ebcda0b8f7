import { Text, View } from '@tarojs/components';
import type { AllianceCard as Card } from '@contracts/brands-alliances';
import { fileUrl } from '@/api/storage';
import { TapImage } from '@/components/tap-image';
import { go } from '@/ui/navigate';
import './project-card.scss';

export const alliancePage = (id: string) => `/packages/brands/pages/alliance/index?id=${encodeURIComponent(id)}`;

/** A 党建联盟 in a list: its purpose, how many units, how many needs are open. */
export function AllianceCard({ alliance: a }: { alliance: Card }) {
  return (
    <View className='project-card' data-tap='open-alliance' onClick={() => go(alliancePage(a.id))}>
      {a.cover ? (
        <View className='project-card__frame'>
          <TapImage className='project-card__img' src={fileUrl(a.cover)} />
        </View>
      ) : null}
      <View className='project-card__body'>
        <View className='project-card__tags'>
          <Text className='project-card__tag'>{a.members} 家成员单位</Text>
          {a.openNeeds ? <Text className='project-card__tag project-card__tag--late'>{a.openNeeds} 项需求待对接</Text> : null}
        </View>
        <Text className='project-card__title'>{a.name}</Text>
        {a.purpose ? <Text className='project-card__line'>{a.purpose}</Text> : null}
        <Text className='project-card__meta'>
          {a.orgName} · 浏览 {a.views} · 点赞 {a.likes}
        </Text>
      </View>
    </View>
  );
}
