// 佐证照片: a claim may only cite files that exist in this environment's storage, in the
// claimant's own folder. The fileID names its environment (cloud://<env>.<bucket>/<path>); the
// storage service says whether the file exists (getTempFileURL answers per file).
import { AppError } from '../errors';
import { cloud } from '../sdk';

/** The environment a fileID points into: cloud://<env>.<bucket>/… → <env>. */
export function fileEnv(fileId: string): string | null {
  return /^cloud:\/\/([^./]+)[./]/.exec(fileId)?.[1] ?? null;
}

/** The environment this function runs in (CloudBase sets it; the local cloud too). */
function ownEnv(): string {
  return (cloud.getWXContext() as { ENV?: string }).ENV ?? '';
}

/** Refuses photos of another folder, of another environment, or that were never uploaded. */
export async function checkEvidence(openid: string, photos: readonly string[]): Promise<void> {
  if (photos.length === 0) return;
  const env = ownEnv();
  for (const photo of photos) {
    if (photo.split('/')[4] !== openid) throw new AppError('FORBIDDEN', '只能使用自己上传的照片');
    if (fileEnv(photo) !== env) throw new AppError('INVALID_INPUT', '照片不是在本小程序上传的，请重新上传');
  }
  const res = (await cloud.getTempFileURL({ fileList: [...photos] })) as { fileList?: Array<{ fileID: string; status: number }> };
  const found = new Set((res.fileList ?? []).filter((f) => f.status === 0).map((f) => f.fileID));
  if (photos.some((p) => !found.has(p))) throw new AppError('INVALID_INPUT', '照片不存在或已删除，请重新上传');
}
