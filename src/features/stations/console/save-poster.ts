import Taro from '@tarojs/taro';
import type { StationPoster } from '@contracts/stations';
import { saveFile } from '@/features/points/save-file';

/** weapp: into the phone's album (to print or send on board); h5: a download. */
export async function savePoster(name: string, p: StationPoster): Promise<void> {
  const ext = p.mime === 'image/png' ? 'png' : 'gif';
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/poster-${Date.now()}.${ext}`;
    Taro.getFileSystemManager().writeFileSync(filePath, p.base64, 'base64');
    await Taro.saveImageToPhotosAlbum({ filePath });
    return;
  }
  await saveFile(`${name}-二维码.${ext}`, p.base64, p.mime);
}
