import Taro from '@tarojs/taro';
import { ApiCallError } from '@/api/errors';

export interface PickedFile {
  name: string;
  base64: string;
}

const MAX_BYTES = 1024 * 1024;

/**
 * Lets the admin pick a roster file: from a WeChat chat on weapp (where
 * exported spreadsheets usually are), from the computer on h5.
 * Resolves null when the user cancels.
 */
export async function pickRosterFile(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'weapp') {
    const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'xlsx'] }).catch(() => null);
    const file = picked?.tempFiles[0];
    if (!file) return null;
    if (file.size > MAX_BYTES) throw new ApiCallError('INVALID_INPUT', '文件不能超过 1 MB');
    const base64 = Taro.getFileSystemManager().readFileSync(file.path, 'base64') as string;
    return { name: file.name, base64 };
  }
  return pickInBrowser();
}

function pickInBrowser(): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.xlsx';
    input.onchange = () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      if (file.size > MAX_BYTES) return reject(new ApiCallError('INVALID_INPUT', '文件不能超过 1 MB'));
      const reader = new FileReader();
      reader.onload = () => resolve({ name: file.name, base64: String(reader.result).split(',')[1] ?? '' });
      reader.onerror = () => reject(new ApiCallError('INVALID_INPUT', '读取文件失败'));
      reader.readAsDataURL(file);
    };
    input.click();
  });
}
