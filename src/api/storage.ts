import Taro from '@tarojs/taro';
import { ApiCallError } from './errors';
import { apiBase } from './transport';
import { authHeader } from './session';

/**
 * Photos go to cloud storage under claims/<openid>/ (the only folder a user may
 * write to): wx.cloud on weapp, the local cloud's storage on h5.
 */
export async function uploadClaimPhoto(openid: string, tempPath: string): Promise<string> {
  const ext = (/^data:image\/(png|webp)/.exec(tempPath) ?? /\.(png|webp)$/i.exec(tempPath))?.[1]?.toLowerCase() ?? 'jpg';
  const cloudPath = `claims/${openid}/${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`;
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath: tempPath });
    return res.fileID;
  }
  const res = await Taro.request<{ ok: boolean; data?: { fileID: string }; message?: string }>({
    url: `${apiBase()}/api/storage/upload`,
    method: 'POST',
    header: { 'content-type': 'application/json', ...authHeader() },
    data: { cloudPath, contentBase64: await blobUrlToBase64(tempPath) },
  }).catch(() => {
    throw new ApiCallError('NETWORK');
  });
  if (res.statusCode !== 200 || !res.data.data) throw new ApiCallError('INVALID_INPUT', res.data?.message ?? '上传失败');
  return res.data.data.fileID;
}

/** Where to show a stored file: weapp's <Image> reads cloud:// itself; h5 asks the local cloud. */
export function fileUrl(fileID: string): string {
  if (process.env.TARO_ENV === 'weapp') return fileID;
  const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID);
  return m ? `${apiBase()}/storage/${m[1]}` : fileID;
}

async function blobUrlToBase64(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(new ApiCallError('INVALID_INPUT', '读取图片失败'));
    reader.readAsDataURL(blob);
  });
}
