// Images in showcases are files in cloud storage under brands/<openid>/ (the uploader's folder, as
// for claims). An editor may use what they uploaded, and keep what the item already shows; anyone
// else's files (another editor's unsaved uploads, a member's claim photos) are refused.
import { AppError } from '../errors';

const ownerOf = (fileId: string) => fileId.split('/')[4];

export function checkImages(openid: string, images: readonly string[], kept: readonly string[]): void {
  const allowed = new Set(kept);
  for (const image of images) {
    if (!allowed.has(image) && ownerOf(image) !== openid) throw new AppError('FORBIDDEN', '只能使用自己上传的图片');
  }
}
