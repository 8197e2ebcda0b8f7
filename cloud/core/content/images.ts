// Images a person puts where others will see them (showcases, activity covers, station photos,
// avatars): their own uploads (storage/uploads.ts), and each new one held for WeChat's check.
import { checkOwnUploads, type UploadCheck } from '../storage/uploads';
import { submitImages } from './media-check';

export async function acceptImages(openid: string, images: readonly string[], check: UploadCheck, now: Date): Promise<void> {
  await checkOwnUploads(openid, images, check);
  const kept = new Set(check.kept ?? []);
  await submitImages(openid, images.filter((i) => !kept.has(i)), now);
}
