import { useState } from 'react';
import { Swiper, SwiperItem, Text, View } from '@tarojs/components';
import type { CarouselItem } from '@contracts/brands';
import { fileUrl } from '@/api/storage';
import { TapImage } from '@/components/tap-image';
import { go } from '@/ui/navigate';
import './carousel.scss';

const KIND: Record<CarouselItem['kind'], string> = { brand: '党建品牌', project: '书记项目', alliance: '党建联盟' };

/**
 * Featured brands and projects. The Swiper holds only the pictures, in a fixed 16:9 height (a
 * Swiper takes no height from its content); the caption under it follows the controlled `current`,
 * so large type grows the caption and never clips it inside the slide.
 */
export function HomeCarousel({ items }: { items: readonly CarouselItem[] }) {
  const [current, setCurrent] = useState(0);
  if (items.length === 0) return null;
  const shown = items[Math.min(current, items.length - 1)]!;
  return (
    <View className='home-carousel'>
      <Swiper
        className='home-carousel__swiper'
        current={current}
        autoplay={items.length > 1}
        interval={5000}
        // NOTE: weapp's onChange without a controlled `current` jumps back to 0 (NervJS/taro#8940); h5's `circular` flashes (NervJS/taro#14487).
        onChange={(e) => {
          if (e.detail.source === 'touch' || e.detail.source === 'autoplay') setCurrent(e.detail.current);
        }}
      >
        {items.map((it) => (
          <SwiperItem key={`${it.kind}:${it.id}`} className='home-carousel__slide'>
            <View className='home-carousel__frame' data-tap='carousel' onClick={() => go(it.path)}>
              {it.image ? <TapImage className='home-carousel__img' src={fileUrl(it.image)} /> : <View className='home-carousel__blank' />}
            </View>
          </SwiperItem>
        ))}
      </Swiper>
      <View className='home-carousel__caption' data-tap='carousel-caption' onClick={() => go(shown.path)}>
        <Text className='home-carousel__kind'>{KIND[shown.kind]}</Text>
        <Text className='home-carousel__title'>{shown.title}</Text>
        {shown.subtitle ? <Text className='home-carousel__subtitle'>{shown.subtitle}</Text> : null}
      </View>
      {items.length > 1 ? (
        <View className='home-carousel__dots'>
          {items.map((it, i) => (
            <View key={`${it.kind}:${it.id}`} className={`home-carousel__dot${i === current ? ' home-carousel__dot--on' : ''}`} />
          ))}
        </View>
      ) : null}
    </View>
  );
}
