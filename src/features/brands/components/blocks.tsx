import { Text, View } from '@tarojs/components';
import type { Block } from '@contracts/brands';
import { fileUrl } from '@/api/storage';
import { TapImage } from '@/components/tap-image';
import { previewImages } from '../preview';
import { FigureCard } from './figure';
import './blocks.scss';

/**
 * Rich content as real components, the same on weapp and h5 (no RichText: it cannot open a
 * picture): paragraphs, headings, pictures with captions that open the viewer, and figures.
 */
export function BlockList({ blocks }: { blocks: readonly Block[] }) {
  const images = blocks.flatMap((b) => (b.type === 'image' ? [b.fileId] : []));
  return (
    <View className='blocks'>
      {blocks.map((b, i) => {
        if (b.type === 'paragraph') return <Text key={i} className='blocks__p' userSelect>{b.text}</Text>;
        if (b.type === 'heading') return <Text key={i} className='blocks__h'>{b.text}</Text>;
        if (b.type === 'figure') return <FigureCard key={i} figure={b.figure} />;
        return (
          <View key={i} className='blocks__image'>
            <View className='blocks__frame' data-tap='preview-image' aria-label='查看大图' onClick={() => previewImages(images, b.fileId)}>
              <TapImage className='blocks__img' src={fileUrl(b.fileId)} />
            </View>
            {b.caption ? <Text className='blocks__caption'>{b.caption}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
