import { Image, Text, View } from '@tarojs/components';
import type { BrandTile } from '@contracts/brands';
import { fileUrl } from '@/api/storage';
import { TapImage } from '@/components/tap-image';
import { go } from '@/ui/navigate';
import { figureValue } from '../format';
import './brand-tile.scss';

export const brandPage = (id: string) => `/packages/brands/pages/brand/index?id=${encodeURIComponent(id)}`;

/** The tile's live numbers, each small: 党员 12名. */
function LiveNumbers({ tile }: { tile: BrandTile }) {
  return (
    <View className='brand-tile__numbers'>
      {tile.figures.map((f) => (
        <View key={f.label} className='brand-tile__number'>
          <Text className='brand-tile__value'>{figureValue(f.value)}</Text>
          <Text className='brand-tile__label'>
            {f.label}（{f.unit}）
          </Text>
        </View>
      ))}
    </View>
  );
}

/** 一主: the organisation's brand, with its cover. */
export function MainTile({ tile }: { tile: BrandTile }) {
  const open = tile.brandId ? () => go(brandPage(tile.brandId!)) : undefined;
  return (
    <View className='brand-tile brand-tile--main' data-tap={open ? 'open-brand' : undefined} onClick={open}>
      {tile.cover ? (
        <View className='brand-tile__frame'>
          <TapImage className='brand-tile__img' src={fileUrl(tile.cover)} />
        </View>
      ) : null}
      <View className='brand-tile__body'>
        <Text className='brand-tile__kicker'>主品牌 · {tile.ownerName}</Text>
        <Text className='brand-tile__name'>{tile.name ?? '尚未发布品牌'}</Text>
        {tile.slogan ? <Text className='brand-tile__slogan'>{tile.slogan}</Text> : null}
        <LiveNumbers tile={tile} />
        <Text className='brand-tile__meta'>
          荣誉 {tile.honours} 项 · 浏览 {tile.views} · 点赞 {tile.likes}
        </Text>
      </View>
    </View>
  );
}

/** 多元: a branch and its brand (or that it has none published yet). */
export function BranchTile({ tile }: { tile: BrandTile }) {
  const open = tile.brandId ? () => go(brandPage(tile.brandId!)) : undefined;
  return (
    <View className={`brand-tile${tile.brandId ? '' : ' brand-tile--empty'}`} data-tap={open ? 'open-brand' : undefined} onClick={open}>
      <View className='brand-tile__head'>
        {tile.logo ? <Image className='brand-tile__logo' src={fileUrl(tile.logo)} mode='aspectFill' /> : null}
        <View className='brand-tile__words'>
          <Text className='brand-tile__name'>{tile.name ?? '尚未发布品牌'}</Text>
          <Text className='brand-tile__owner'>{tile.ownerName}</Text>
        </View>
      </View>
      {tile.slogan ? <Text className='brand-tile__slogan'>{tile.slogan}</Text> : null}
      <LiveNumbers tile={tile} />
      {tile.brandId ? (
        <Text className='brand-tile__meta'>
          荣誉 {tile.honours} 项 · 浏览 {tile.views} · 点赞 {tile.likes}
        </Text>
      ) : null}
    </View>
  );
}
