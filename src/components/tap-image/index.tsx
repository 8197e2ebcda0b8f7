import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { isWeak, useNetwork } from '@/offline/network';
import { IMAGE_REVIEW_TEXT, imageReviewOf } from '@/api/image-review';
import './index.scss';

type Mode = 'aspectFill' | 'aspectFit' | 'widthFix' | 'scaleToFill';

/**
 * An image that, on a 2G or weak connection (data saver), waits for a tap: a placeholder says
 * 点击加载图片 until then. On a good connection it is a plain Image. Given the stored file it shows,
 * one of the person's own uploads that WeChat's image check has not passed is marked 审核中 (others
 * never get it).
 */
export function TapImage({ src, fileId, className = '', mode = 'aspectFill' }: { src: string; fileId?: string; className?: string; mode?: Mode }) {
  const network = useNetwork();
  const [asked, setAsked] = useState(false);
  const review = imageReviewOf(fileId);
  if (review) {
    return (
      <View className={`tap-image tap-image--review ${className}`}>
        <Image className='tap-image__under' src={src} mode={mode} />
        <Text className={`tap-image__mark tap-image__mark--${review}`}>{IMAGE_REVIEW_TEXT[review]}</Text>
      </View>
    );
  }
  if (isWeak(network) && !asked) {
    return (
      <View className={`tap-image ${className}`} data-tap='load-image' onClick={() => setAsked(true)}>
        <Text className='tap-image__text'>点击加载图片</Text>
      </View>
    );
  }
  return <Image className={className} src={src} mode={mode} />;
}
