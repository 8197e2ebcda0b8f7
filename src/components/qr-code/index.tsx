import { useMemo } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import './index.scss';

/**
 * A QR code drawn as rows of views: the same on weapp and h5, with no canvas
 * and no image data URLs (which the mini-program handles unevenly).
 */
export function QrCode({ text, size = 480 }: { text: string; size?: number }) {
  const rows = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const n = qr.getModuleCount();
    return Array.from({ length: n }, (_r, r) => Array.from({ length: n }, (_c, c) => qr.isDark(r, c)));
  }, [text]);
  // `size` is in design pixels (750 wide), like the scss: pxTransform scales it to the screen.
  const unit = size / (rows.length + 8);
  const cell = Taro.pxTransform(unit);
  return (
    <View className='qr-code' style={{ padding: Taro.pxTransform(unit * 4) }} data-qr={text}>
      {rows.map((row, r) => (
        <View key={r} className='qr-code__row'>
          {row.map((dark, c) => (
            <View key={c} className={dark ? 'qr-code__dot qr-code__dot--dark' : 'qr-code__dot'} style={{ width: cell, height: cell }} />
          ))}
        </View>
      ))}
    </View>
  );
}
