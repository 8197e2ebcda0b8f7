import { Text, View } from '@tarojs/components';
import { HONOUR_LEVELS, type Honour } from '@contracts/brands';
import './item-list.scss';

export interface ListItem {
  title: string;
  text?: string;
  /** A tag before the title: 国家级, 牵头 … */
  tag?: string;
  meta?: string;
}

/** Named items one under another: 载体, 联动机制, 平台, 荣誉, 成员单位. */
export function ItemList({ items }: { items: readonly ListItem[] }) {
  return (
    <View className='item-list'>
      {items.map((it, i) => (
        <View key={`${it.title}-${i}`} className='item-list__row'>
          <View className='item-list__head'>
            {it.tag ? <Text className='item-list__tag'>{it.tag}</Text> : null}
            <Text className='item-list__title'>{it.title}</Text>
          </View>
          {it.text ? <Text className='item-list__text'>{it.text}</Text> : null}
          {it.meta ? <Text className='item-list__meta'>{it.meta}</Text> : null}
        </View>
      ))}
    </View>
  );
}

export const honourItems = (honours: readonly Honour[]): ListItem[] =>
  honours.map((h) => ({
    title: h.name,
    tag: HONOUR_LEVELS[h.level],
    meta: [h.year ? `${h.year}年` : '', h.issuer].filter(Boolean).join(' · ') || undefined,
  }));
