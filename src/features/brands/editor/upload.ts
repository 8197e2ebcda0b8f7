import Taro from '@tarojs/taro';
import { uploadImage } from '@/api/storage';

/**
 * Picks pictures and uploads them to brands/<openid>/ (showcase pictures are public once
 * published; the server accepts only the editor's own uploads). Null when nothing was picked.
 */
export async function pickBrandImages(openid: string, count = 1): Promise<string[] | null> {
  const picked = await Taro.chooseImage({ count, sizeType: ['compressed'] }).catch(() => null);
  if (!picked || picked.tempFilePaths.length === 0) return null;
  const ids: string[] = [];
  for (const path of picked.tempFilePaths.slice(0, count)) ids.push(await uploadImage('brands', openid, path));
  return ids;
}
