import Taro from '@tarojs/taro';

/** Hands a generated file to the user: opens it on weapp (to forward or save), downloads it on h5. */
export async function saveFile(fileName: string, base64: string, mime: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`;
    Taro.getFileSystemManager().writeFileSync(filePath, base64, 'base64');
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
