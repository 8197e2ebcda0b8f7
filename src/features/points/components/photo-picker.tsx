import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { useBusy } from '@/hooks/use-busy';
import { fileUrl, uploadClaimPhoto } from '@/api/storage';
import './photo-picker.scss';

const MAX = 3;

/** Up to three evidence photos, uploaded as soon as they are picked. */
export function PhotoPicker({ openid, value, onChange }: { openid: string; value: string[]; onChange: (ids: string[]) => void }) {
  const { busy: uploading, run } = useBusy();
  const add = async () => {
    const picked = await Taro.chooseImage({ count: MAX - value.length, sizeType: ['compressed'] }).catch(() => null);
    if (!picked) return;
    await run(async () => {
      const ids = [...value];
      for (const path of picked.tempFilePaths.slice(0, MAX - value.length)) ids.push(await uploadClaimPhoto(openid, path));
      onChange(ids);
    });
  };
  return (
    <View className='photo-picker'>
      {value.map((id) => (
        <View key={id} className='photo-picker__cell'>
          <Image className='photo-picker__img' src={fileUrl(id)} mode='aspectFill' />
          <Text className='photo-picker__remove' onClick={() => onChange(value.filter((v) => v !== id))}>
            ×
          </Text>
        </View>
      ))}
      {value.length < MAX ? (
        <View className='photo-picker__cell photo-picker__add' onClick={uploading ? undefined : add}>
          <Text>{uploading ? '上传中…' : '+ 照片'}</Text>
        </View>
      ) : null}
    </View>
  );
}

export function Photos({ ids }: { ids: string[] }) {
  if (ids.length === 0) return null;
  const urls = ids.map(fileUrl);
  return (
    <View className='photo-picker'>
      {urls.map((url) => (
        <View key={url} className='photo-picker__cell' onClick={() => Taro.previewImage({ urls, current: url })}>
          <Image className='photo-picker__img' src={url} mode='aspectFill' />
        </View>
      ))}
    </View>
  );
}
