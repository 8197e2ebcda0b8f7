import { Image, Text, View } from '@tarojs/components';
import { fileUrl } from '@/api/storage';
import { TapImage } from '@/components/tap-image';
import { previewImages } from '../preview';
import './cover.scss';

/**
 * The head of a showcase page: the cover in a fixed 16:9 box (tap to view it whole), the logo, the
 * name and the line under it. Without a cover the red band carries the name alone.
 */
export function ShowcaseCover({ cover, logo, title, subtitle, owner }: { cover: string | null; logo?: string | null; title: string; subtitle?: string; owner?: string }) {
  return (
    <View className='showcase-cover'>
      {cover ? (
        <View className='showcase-cover__frame' data-tap='preview-cover' aria-label='查看封面' onClick={() => previewImages([cover], cover)}>
          <TapImage className='showcase-cover__img' src={fileUrl(cover)} />
        </View>
      ) : null}
      <View className='showcase-cover__band'>
        {logo ? <Image className='showcase-cover__logo' src={fileUrl(logo)} mode='aspectFill' /> : null}
        <View className='showcase-cover__words'>
          <Text className='showcase-cover__title'>{title}</Text>
          {subtitle ? <Text className='showcase-cover__subtitle'>{subtitle}</Text> : null}
          {owner ? <Text className='showcase-cover__owner'>{owner}</Text> : null}
        </View>
      </View>
    </View>
  );
}
