import { Text, View } from '@tarojs/components';
import type { GalleryImage } from '@contracts/brands';
import { fileUrl } from '@/api/storage';
import { TapImage } from '@/components/tap-image';
import { previewImages } from '../preview';
import './gallery.scss';

/** Pictures two to a row in square boxes; a tap opens the viewer on it, with the others to swipe. */
export function Gallery({ images }: { images: readonly GalleryImage[] }) {
  const ids = images.map((g) => g.fileId);
  return (
    <View className='gallery'>
      {images.map((g) => (
        <View key={g.fileId} className='gallery__cell'>
          <View className='gallery__frame' data-tap='preview-image' aria-label='查看大图' onClick={() => previewImages(ids, g.fileId)}>
            <TapImage className='gallery__img' src={fileUrl(g.fileId)} />
          </View>
          {g.caption ? <Text className='gallery__caption'>{g.caption}</Text> : null}
        </View>
      ))}
    </View>
  );
}
