// An .xlsx is a zip archive, and exceljs inflates every entry whole into memory: a 1 MB upload
// can expand to hundreds of megabytes. Before exceljs sees a file, this reads the archive's
// central directory, refuses what it declares too large (or too compressed), then inflates each
// entry with its declared size as a hard cap, so headers that understate stop at that size.
import zlib from 'node:zlib';
import { AppError } from '../errors';

const MB = 1024 * 1024;
/** All entries together, uncompressed: a 10,000-row roster is about 2 MB. */
export const MAX_UNCOMPRESSED = 20 * MB;
/** Real sheets compress about 10:1; past this, an entry of over 1 MB is padding. */
const MAX_RATIO = 100;
const MAX_ENTRIES = 200;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

const TOO_LARGE = `文件解压后超过 ${MAX_UNCOMPRESSED / MB} MB，名册不需要这么大，请只保留姓名、手机号、支部三列后重新导出`;
const DAMAGED = '文件已损坏或内容与声明的大小不符，请用 Excel 重新导出后上传';
const UNREADABLE = '文件无法读取，请上传 .csv 或 .xlsx 格式的名册';

interface Entry {
  name: string;
  method: number;
  packed: number;
  size: number;
  localOffset: number;
}

/** The archive's entries, each inflated within its declared size; throws a Chinese refusal otherwise. */
export function inflateXlsx(archive: Buffer): Map<string, Buffer> {
  const entries = directory(archive);
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (total > MAX_UNCOMPRESSED) throw new AppError('INVALID_INPUT', TOO_LARGE);
    if (e.size > MB && e.size > e.packed * MAX_RATIO) throw new AppError('INVALID_INPUT', TOO_LARGE);
  }
  return new Map(entries.map((e) => [e.name, inflate(archive, e)]));
}

function directory(archive: Buffer): Entry[] {
  const end = findEndRecord(archive);
  const count = archive.readUInt16LE(end + 10);
  // 0xFFFF / 0xFFFFFFFF mean zip64, which no roster needs.
  if (count === 0xffff || count > MAX_ENTRIES) throw new AppError('INVALID_INPUT', TOO_LARGE);
  let p = archive.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > archive.length || archive.readUInt32LE(p) !== DIRECTORY_ENTRY)
      throw new AppError('INVALID_INPUT', UNREADABLE);
    const nameLength = archive.readUInt16LE(p + 28);
    const entry: Entry = {
      method: archive.readUInt16LE(p + 10),
      packed: archive.readUInt32LE(p + 20),
      size: archive.readUInt32LE(p + 24),
      name: archive.toString('utf8', p + 46, p + 46 + nameLength),
      localOffset: archive.readUInt32LE(p + 42),
    };
    if (entry.size === 0xffffffff || entry.packed === 0xffffffff) throw new AppError('INVALID_INPUT', TOO_LARGE);
    entries.push(entry);
    p += 46 + nameLength + archive.readUInt16LE(p + 30) + archive.readUInt16LE(p + 32);
  }
  return entries;
}

/** The end-of-directory record: the last signature within its 22 bytes plus a comment of up to 64 KB. */
function findEndRecord(archive: Buffer): number {
  for (let p = archive.length - 22; p >= Math.max(0, archive.length - 22 - 0xffff); p--) {
    if (archive.readUInt32LE(p) === END_OF_DIRECTORY) return p;
  }
  throw new AppError('INVALID_INPUT', UNREADABLE);
}

function inflate(archive: Buffer, e: Entry): Buffer {
  const local = e.localOffset;
  if (local + 30 > archive.length || archive.readUInt32LE(local) !== LOCAL_HEADER)
    throw new AppError('INVALID_INPUT', UNREADABLE);
  const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
  const packed = archive.subarray(start, start + e.packed);
  if (e.method === 0) {
    if (packed.length !== e.size) throw new AppError('INVALID_INPUT', DAMAGED);
    return packed;
  }
  if (e.method !== 8) throw new AppError('INVALID_INPUT', UNREADABLE);
  let out: Buffer;
  try {
    // The cap: a stream that would inflate past its declared size fails here, at that size.
    out = zlib.inflateRawSync(packed, { maxOutputLength: Math.max(1, e.size) });
  } catch {
    throw new AppError('INVALID_INPUT', DAMAGED);
  }
  if (out.length !== e.size) throw new AppError('INVALID_INPUT', DAMAGED);
  return out;
}
