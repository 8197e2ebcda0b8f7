import { Image, Text, View } from '@tarojs/components';
import { fileUrl } from '@/api/storage';
import { useMe } from '@/features/account/me-store';
import { useBusy } from '@/hooks/use-busy';
import { pickBrandImages } from './upload';
import './editor.scss';

/** One picture (a cover, a logo, a story image): shown in its box, with 上传 / 更换 and 移除. */
export function ImageField({ label, value, onChange, round = false }: { label: string; value: string | null; onChange: (id: string | null) => void; round?: boolean }) {
  const { me } = useMe();
  const { busy, run } = useBusy();
  const pick = () =>
    run(async () => {
      if (!me) return;
      const [id] = (await pickBrandImages(me.profile.openid)) ?? [];
      if (id) onChange(id);
    }, '上传');
  return (
    <View className='image-field'>
      <Text className='image-field__label'>{label}</Text>
      <View className={`image-field__box${round ? ' image-field__box--round' : ''}`}>
        {value ? <Image className='image-field__img' src={fileUrl(value)} mode='aspectFill' /> : <Text className='image-field__empty'>未上传</Text>}
      </View>
      <View className='image-field__actions'>
        <Text className='editor-action' data-tap='upload-image' onClick={busy ? undefined : pick}>
          {busy ? '上传中…' : value ? '更换' : '上传图片'}
        </Text>
        {value ? (
          <Text className='editor-action editor-action--quiet' data-tap='remove-image' onClick={() => onChange(null)}>
            移除
          </Text>
        ) : null}
      </View>
    </View>
  );
}
