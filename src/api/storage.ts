import Taro from '@tarojs/taro';
import { ApiCallError } from './errors';
import { apiBase } from './transport';
import { authHeader } from './session';

/** The extension a picture's bytes say it is (the local cloud checks them against it), from its first bytes. */
function sniffExt(base64: string): 'png' | 'jpg' | 'webp' | null {
  const head = atob(base64.slice(0, 24));
  if (head.startsWith('\x89PNG')) return 'png';
  if (head.startsWith('\xff\xd8')) return 'jpg';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  return null;
}

const extOf = (path: string) => (/^data:image\/(png|webp)/.exec(path) ?? /\.(png|webp)$/i.exec(path))?.[1]?.toLowerCase() ?? 'jpg';
const fileName = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/** The folders a person uploads pictures to. */
export type PhotoFolder = 'claims' | 'brands' | 'certificates';

/**
 * A picture goes to cloud storage in the uploader's own folder — claims/<openid>/ for evidence,
 * avatars/<openid>-<time> for a profile picture, brands/<openid>/ for showcase pictures,
 * certificates/<openid>/ for certificate photos (read by their owner alone) — the only folders a
 * user may write to: wx.cloud on weapp, the local cloud's storage on h5.
 */
export function uploadImage(folder: PhotoFolder, openid: string, tempPath: string): Promise<string> {
  return uploadTo((ext) => `${folder}/${openid}/${fileName()}.${ext}`, tempPath);
}

/** A profile picture: avatars/<openid>-<time>.<ext>, readable by anyone signed in. */
export function uploadAvatar(openid: string, tempPath: string): Promise<string> {
  return uploadTo((ext) => `avatars/${openid}-${Date.now()}.${ext}`, tempPath);
}

async function uploadTo(cloudPathFor: (ext: string) => string, tempPath: string): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(extOf(tempPath)), filePath: tempPath });
    return res.fileID;
  }
  const contentBase64 = await blobUrlToBase64(tempPath);
  // NOTE: h5 picks files as blob: URLs without an extension: the bytes say what the picture is.
  const cloudPath = cloudPathFor(sniffExt(contentBase64) ?? extOf(tempPath));
  const res = await Taro.request<{ ok: boolean; data?: { fileID: string }; message?: string }>({
    url: `${apiBase()}/api/storage/upload`,
    method: 'POST',
    header: { 'content-type': 'application/json', ...authHeader() },
    data: { cloudPath, contentBase64 },
  }).catch(() => {
    throw new ApiCallError('NETWORK');
  });
  if (res.statusCode !== 200 || !res.data.data) throw new ApiCallError('INVALID_INPUT', res.data?.message ?? '上传失败');
  return res.data.data.fileID;
}

/** Evidence photos go under claims/<openid>/. */
export const uploadClaimPhoto = (openid: string, tempPath: string) => uploadImage('claims', openid, tempPath);

/** Where to show a stored file on weapp, whose <Image> reads cloud:// itself; h5 needs fileUrls(). */
export function fileUrl(fileID: string): string {
  if (process.env.TARO_ENV === 'weapp') return fileID;
  const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID);
  return m ? `${apiBase()}/storage/${m[1]}` : fileID;
}

const isCloudFile = (id: string) => id.startsWith('cloud://');

/** h5: signed URLs by file ID, reused until a minute before they expire. */
const signed = new Map<string, { url: string; until: number }>();

/** Already-signed URLs for all of `fileIDs` (weapp: the IDs themselves), or null. */
export function cachedFileUrls(fileIDs: string[]): string[] | null {
  if (process.env.TARO_ENV === 'weapp') return fileIDs;
  const now = Date.now();
  const urls = fileIDs.map((id) => {
    if (!isCloudFile(id)) return id; // a photo still on the phone (waiting in the outbox)
    const hit = signed.get(id);
    return hit && hit.until > now ? hit.url : null;
  });
  return urls.every((u): u is string => u !== null) ? urls : null;
}

/**
 * URLs an <Image> can show. The local cloud serves stored files only to a session or
 * through a short-lived signed URL, and an h5 <img> cannot send the session header, so
 * h5 asks for signed URLs (as CloudBase's getTempFileURL); a file the caller may not
 * read comes back as ''.
 */
export async function fileUrls(fileIDs: string[]): Promise<string[]> {
  const cached = cachedFileUrls(fileIDs);
  if (cached) return cached;
  const stored = fileIDs.filter(isCloudFile);
  const res = await Taro.request<{ ok: boolean; data?: { urls: Array<string | null>; expiresIn: number }; message?: string }>({
    url: `${apiBase()}/api/storage/urls`,
    method: 'POST',
    header: { 'content-type': 'application/json', ...authHeader() },
    data: { fileIDs: stored },
  }).catch(() => {
    throw new ApiCallError('NETWORK');
  });
  const data = res.data?.data;
  if (res.statusCode !== 200 || !data) throw new ApiCallError('NETWORK', res.data?.message);
  const until = Date.now() + (data.expiresIn - 60) * 1000;
  const byId = new Map(stored.map((id, i) => [id, data.urls[i]]));
  return fileIDs.map((id) => {
    if (!isCloudFile(id)) return id;
    const path = byId.get(id);
    if (!path) return '';
    signed.set(id, { url: `${apiBase()}${path}`, until });
    return `${apiBase()}${path}`;
  });
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
