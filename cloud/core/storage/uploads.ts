// Files a person cites (claim photos, showcase images, certificate photos) must be their own
// uploads: in their folder, in this environment's storage, and really there. The fileID names its
// environment (cloud://<env>.<bucket>/<prefix>/<openid>/<file>); the storage service says whether
// the file exists (getTempFileURL answers per file).
import { AppError } from '../errors';
import { cloud } from '../sdk';

/** The environment a fileID points into: cloud://<env>.<bucket>/… → <env>. */
export function fileEnv(fileId: string): string | null {
  return /^cloud:\/\/([^./]+)[./]/.exec(fileId)?.[1] ?? null;
}

/** The uploader's folder of a fileID: cloud://<env>.<bucket>/<prefix>/<openid>/<file> → <openid>. */
export const fileOwner = (fileId: string): string | undefined => fileId.split('/')[4];

/** The environment this function runs in (CloudBase sets it; the local cloud too). */
function ownEnv(): string {
  return (cloud.getWXContext() as { ENV?: string }).ENV ?? '';
}

export interface UploadCheck {
  /** What the files are, for messages: 照片, 图片 … */
  noun: string;
  /** Files the item already shows (checked when they were added): allowed as they are. */
  kept?: readonly string[];
}

/** Refuses files of another folder, of another environment, or that were never uploaded. */
export async function checkOwnUploads(openid: string, files: readonly string[], { noun, kept = [] }: UploadCheck): Promise<void> {
  const keep = new Set(kept);
  const fresh = [...new Set(files)].filter((f) => !keep.has(f));
  if (fresh.length === 0) return;
  const env = ownEnv();
  for (const file of fresh) {
    if (fileOwner(file) !== openid) throw new AppError('FORBIDDEN', `只能使用自己上传的${noun}`);
    if (fileEnv(file) !== env) throw new AppError('INVALID_INPUT', `${noun}不是在本小程序上传的，请重新上传`);
  }
  const res = (await cloud.getTempFileURL({ fileList: fresh })) as { fileList?: Array<{ fileID: string; status: number }> };
  const found = new Set((res.fileList ?? []).filter((f) => f.status === 0).map((f) => f.fileID));
  if (fresh.some((f) => !found.has(f))) throw new AppError('INVALID_INPUT', `${noun}不存在或已删除，请重新上传`);
}
