// Images in showcases are files in cloud storage under brands/<openid>/ (the uploader's folder, as
// for claims). An editor may use what they uploaded, and keep what the item already shows; anyone
// else's files (another editor's unsaved uploads, a member's claim photos), files of another
// environment and files never uploaded are refused.
// New ones are held for WeChat's image check until it passes them (content/media-check.ts).
import { acceptImages } from '../content/images';

export function checkImages(openid: string, images: readonly string[], kept: readonly string[], now = new Date()): Promise<void> {
  return acceptImages(openid, images, { noun: '图片', kept }, now);
}
