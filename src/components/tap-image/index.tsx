import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { isWeak, useNetwork } from '@/offline/network';
import './index.scss';

type Mode = 'aspectFill' | 'aspectFit' | 'widthFix' | 'scaleToFill';

/**
 * An image that, on a 2G or weak connection (data saver), waits for a tap: a placeholder says
 * 点击加载图片 until then. On a good connection it is a plain Image.
 */
export function TapImage({ src, className = '', mode = 'aspectFill' }: { src: string; className?: string; mode?: Mode }) {
  const network = useNetwork();
  const [asked, setAsked] = useState(false);
  if (isWeak(network) && !asked) {
    return (
      <View className={`tap-image ${className}`} data-tap='load-image' onClick={() => setAsked(true)}>
        <Text className='tap-image__text'>点击加载图片</Text>
      </View>
    );
  }
  return <Image className={className} src={src} mode={mode} />;
}
