import Taro from '@tarojs/taro';
import { ApiCallError } from '@/api/errors';

/**
 * A picked photo kept for a write waiting in the outbox: a temporary file would be gone after a
 * restart. weapp saves it into the mini-program's own files; h5 keeps it as a data URL, since a
 * blob: URL dies with the page.
 */
export async function keepFile(path: string): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    // NOTE: weapp temp files (wxfile://tmp_…) may be cleaned after the app closes; saveFile keeps them.
    return Taro.getFileSystemManager().saveFileSync(path) as unknown as string;
  }
  if (path.startsWith('data:')) return path;
  const blob = await (await fetch(path)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new ApiCallError('INVALID_INPUT', '读取图片失败'));
    reader.readAsDataURL(blob);
  });
}

/** Frees a kept file once it is uploaded. */
export function dropFile(path: string): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  try {
    Taro.getFileSystemManager().unlinkSync(path);
  } catch {
    // already gone
  }
}
