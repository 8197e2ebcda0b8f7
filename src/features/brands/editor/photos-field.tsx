import { Image, Text, View } from '@tarojs/components';
import { fileUrl } from '@/api/storage';
import { useMe } from '@/features/account/me-store';
import { useBusy } from '@/hooks/use-busy';
import { pickBrandImages } from './upload';
import './editor.scss';

/** Evidence pictures (up to `max`): thumbnails, 添加 and tap-to-remove. */
export function PhotosField({ value, onChange, max }: { value: readonly string[]; onChange: (ids: string[]) => void; max: number }) {
  const { me } = useMe();
  const { busy, run } = useBusy();
  const add = () =>
    run(async () => {
      if (!me) return;
      const ids = await pickBrandImages(me.profile.openid, max - value.length);
      if (ids) onChange([...value, ...ids]);
    }, '上传');
  return (
    <View className='image-field'>
      <Text className='image-field__label'>图片（{value.length}/{max}）</Text>
      {value.map((id) => (
        <View key={id} className='image-field__box image-field__box--thumb' data-tap='remove-photo' aria-label='移除图片' onClick={() => onChange(value.filter((x) => x !== id))}>
          <Image className='image-field__img' src={fileUrl(id)} mode='aspectFill' />
        </View>
      ))}
      {value.length < max ? (
        <Text className='editor-action' data-tap='add-photo' onClick={busy ? undefined : add}>
          {busy ? '上传中…' : '+ 添加图片'}
        </Text>
      ) : null}
    </View>
  );
}
