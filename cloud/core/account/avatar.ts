// A profile picture others see (member lists, rosters): the person's own upload
// (avatars/<openid>-<time>.<ext>, as the app names it), held for WeChat's image check like every
// picture shown to others. WeChat's own avatar URLs (https) are not ours to check.
import { AppError } from '../errors';
import { submitImages } from '../content/media-check';

export async function acceptAvatar(openid: string, avatarUrl: string | undefined, now: Date): Promise<void> {
  if (!avatarUrl?.startsWith('cloud://')) return;
  const path = avatarUrl.replace(/^cloud:\/\/[^/]+\//, '');
  if (!path.startsWith(`avatars/${openid}-`)) throw new AppError('FORBIDDEN', '只能使用自己上传的头像');
  await submitImages(openid, [avatarUrl], now);
}
