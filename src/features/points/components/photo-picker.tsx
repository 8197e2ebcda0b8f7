import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { useBusy } from '@/hooks/use-busy';
import { uploadImage, type PhotoFolder } from '@/api/storage';
import { useFileUrls } from '@/hooks/use-file-urls';
import { TapImage } from '@/components/tap-image';
import { toApiCallError } from '@/api/errors';
import { isOnline } from '@/offline/network';
import { isLocalFile } from '@/offline/outbox';
import './photo-picker.scss';

/** Uploads a picked photo now; without a signal the photo stays on the phone and goes with the write later. */
async function uploadOrKeep(folder: PhotoFolder, openid: string, path: string): Promise<string> {
  if (!isOnline()) return path;
  try {
    return await uploadImage(folder, openid, path);
  } catch (err) {
    if (toApiCallError(err).code === 'NETWORK') return path;
    throw err;
  }
}

/**
 * Up to `max` photos (three evidence photos by default), uploaded to `folder` as soon as they are
 * picked (or kept for the outbox offline).
 */
export function PhotoPicker({
  openid,
  value,
  onChange,
  folder = 'claims',
  max: MAX = 3,
}: {
  openid: string;
  value: string[];
  onChange: (ids: string[]) => void;
  folder?: PhotoFolder;
  max?: number;
}) {
  const { busy: uploading, run } = useBusy();
  const urls = useFileUrls(value);
  const add = async () => {
    const picked = await Taro.chooseImage({ count: MAX - value.length, sizeType: ['compressed'] }).catch(() => null);
    if (!picked) return;
    await run(async () => {
      const ids = [...value];
      for (const path of picked.tempFilePaths.slice(0, MAX - value.length)) ids.push(await uploadOrKeep(folder, openid, path));
      onChange(ids);
    });
  };
  return (
    <View className='photo-picker'>
      {value.map((id, i) => (
        <View key={id} className='photo-picker__cell'>
          {urls?.[i] ? <Image className='photo-picker__img' src={urls[i]} mode='aspectFill' /> : null}
          {isLocalFile(id) ? <Text className='photo-picker__waiting'>待上传</Text> : null}
          <View className='photo-picker__remove' data-tap='remove-photo' aria-label='删除照片' onClick={() => onChange(value.filter((v) => v !== id))}>
            <Text className='photo-picker__remove-mark'>×</Text>
          </View>
        </View>
      ))}
      {value.length < MAX ? (
        <View className='photo-picker__cell photo-picker__add' data-tap='add-photo' onClick={uploading ? undefined : add}>
          <Text>{uploading ? '上传中…' : '+ 照片'}</Text>
        </View>
      ) : null}
    </View>
  );
}

/** Evidence photos to look at: tap one for the full view; on a weak connection each waits for a tap first. */
export function Photos({ ids, onView }: { ids: string[]; onView?: () => void }) {
  const shown = useFileUrls(ids);
  if (ids.length === 0 || !shown) return null;
  const photos = ids.map((id, i) => ({ id, url: shown[i] ?? '' })).filter((p) => p.url !== '');
  const urls = photos.map((p) => p.url);
  return (
    <View className='photo-picker'>
      {photos.map(({ id, url }) => (
        <View
          key={url}
          className='photo-picker__cell'
          data-tap='photo'
          onClick={() => {
            onView?.();
            void Taro.previewImage({ urls, current: url });
          }}
        >
          <TapImage className='photo-picker__img' src={url} fileId={id} />
        </View>
      ))}
    </View>
  );
}
