import Taro from '@tarojs/taro';
import { fileUrl } from '@/api/storage';

/** Opens the full-screen viewer on one picture, with its neighbours to swipe through. */
export function previewImages(fileIds: readonly string[], current: string): void {
  const urls = fileIds.map(fileUrl);
  void Taro.previewImage({ urls, current: fileUrl(current) }).catch(() => undefined);
}
