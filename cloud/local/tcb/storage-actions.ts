import type { FileStore } from '../storage/file-store';
import type { AnyObject } from '../store/types';

/**
 * `storage.batchGetDownloadUrl`, what wx-server-sdk's `getTempFileURL({ fileList })` sends:
 * `file_list: [{ fileid }]`, answered per file as CloudBase does, `SUCCESS` with a URL (here the
 * local cloud's own /storage path) or `STORAGE_FILE_NONEXIST` for a file this store does not hold
 * (never uploaded, or a fileID of another environment).
 */
export function batchGetDownloadUrl(files: FileStore | null, p: AnyObject): AnyObject {
  const list = Array.isArray(p['file_list']) ? (p['file_list'] as Array<{ fileid?: unknown; max_age?: unknown }>) : [];
  const download_list = list.map((f) => {
    const fileID = String(f?.fileid ?? '');
    const cloudPath = files?.cloudPathOf(fileID) ?? null;
    if (!files || !cloudPath || !files.has(cloudPath)) return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
    return { fileID, tempFileURL: `/storage/${cloudPath}`, code: 'SUCCESS', maxAge: Number(f.max_age ?? 86_400) };
  });
  return { data: { download_list } };
}

/**
 * `storage.batchDeleteFile`, what wx-server-sdk's `deleteFile({ fileList })` sends: `fileid_list`,
 * answered per file (`SUCCESS`, or `STORAGE_FILE_NONEXIST` for one this store does not hold).
 */
export function batchDeleteFile(files: FileStore | null, p: AnyObject): AnyObject {
  const list = Array.isArray(p['fileid_list']) ? (p['fileid_list'] as unknown[]) : [];
  const delete_list = list.map((f) => {
    const fileID = String(f ?? '');
    const cloudPath = files?.cloudPathOf(fileID) ?? null;
    const gone = !!files && !!cloudPath && files.remove(cloudPath);
    return { fileID, code: gone ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' };
  });
  return { data: { delete_list } };
}
