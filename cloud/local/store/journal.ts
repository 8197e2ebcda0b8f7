import fs from 'node:fs';
import { crc32 } from 'node:zlib';
import { StoreError } from './errors';

/**
 * Append-only journal. Each record is one line: `<crc32 hex> <payload>\n`.
 * A record is acknowledged only after writeSync returns, so it survives a
 * `kill -9` of the process (the OS page cache keeps it); pass `fsync` to also
 * survive power loss at the cost of write speed. On replay, a torn last record
 * (no newline, or a checksum that does not match) is cut off, never applied.
 */
export class Journal {
  private fd: number;
  private size: number;

  private constructor(
    readonly file: string,
    fd: number,
    size: number,
    private readonly fsync: boolean,
  ) {
    this.fd = fd;
    this.size = size;
  }

  /**
   * Opens the journal, handing every intact record to `onRecord` in order. A bad record with
   * intact ones after it is damage, not a torn tail: refused, or with `repair` cut off there
   * after keeping a copy of the damaged file.
   */
  static open(
    file: string,
    onRecord: (payload: string) => void,
    opts: { fsync?: boolean; repair?: boolean } = {},
  ): { journal: Journal; records: number; tornBytes: number; repaired: JournalRepair | null } {
    const buf = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
    let pos = 0;
    let records = 0;
    let repaired: JournalRepair | null = null;
    while (pos < buf.length) {
      const nl = buf.indexOf(0x0a, pos);
      const payload = nl === -1 ? null : checkedPayload(buf.subarray(pos, nl));
      if (payload === null) {
        if (nl !== -1 && hasIntactRecordAfter(buf, nl + 1)) repaired = damaged(file, buf, pos, records, opts.repair === true);
        break; // otherwise it is the tail a crash tore off
      }
      onRecord(payload);
      records++;
      pos = nl + 1;
    }
    const tornBytes = repaired ? 0 : buf.length - pos;
    if (pos < buf.length) fs.truncateSync(file, pos);
    const fd = fs.openSync(file, 'a');
    return { journal: new Journal(file, fd, pos, opts.fsync ?? false), records, tornBytes, repaired };
  }

  append(payload: string): void {
    const line = Buffer.from(`${crcHex(payload)} ${payload}\n`, 'utf8');
    let written = 0;
    while (written < line.length) written += fs.writeSync(this.fd, line, written);
    if (this.fsync) fs.fdatasyncSync(this.fd);
    this.size += line.length;
  }

  get bytes(): number {
    return this.size;
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  /** Replaces the journal with an empty one (after a snapshot has taken its content). */
  reset(): void {
    fs.ftruncateSync(this.fd, 0);
    this.size = 0;
  }
}

function crcHex(payload: string): string {
  return crc32(Buffer.from(payload, 'utf8')).toString(16).padStart(8, '0');
}

function checkedPayload(line: Buffer): string | null {
  if (line.length < 10 || line[8] !== 0x20) return null;
  const payload = line.subarray(9).toString('utf8');
  return line.subarray(0, 8).toString('latin1') === crcHex(payload) ? payload : null;
}

/** Whether any later line verifies: a crash tears only the end, so then the damage is in the middle. */
function hasIntactRecordAfter(buf: Buffer, from: number): boolean {
  for (let pos = from, nl = buf.indexOf(0x0a, pos); nl !== -1; pos = nl + 1, nl = buf.indexOf(0x0a, pos)) {
    if (checkedPayload(buf.subarray(pos, nl)) !== null) return true;
  }
  return false;
}

export interface JournalRepair {
  kept: number;
  dropped: number;
  backup: string;
}

/** Refuses a damaged journal, or (repair) keeps a copy of it and says what cutting it at `pos` drops. */
function damaged(file: string, buf: Buffer, pos: number, kept: number, repair: boolean): JournalRepair {
  if (!repair) {
    throw new StoreError(
      'LOCALCLOUD_CORRUPT_JOURNAL',
      `日志文件损坏：第 ${kept + 1} 条记录（偏移 ${pos}）校验失败，其后还有完好的记录：${file}。` +
        `可用 --repair 启动：先备份损坏的日志，保留损坏处之前的 ${kept} 条记录，丢弃其后的记录`,
    );
  }
  const backup = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.copyFileSync(file, backup, fs.constants.COPYFILE_EXCL);
  const tail = buf.subarray(pos).toString('latin1');
  const dropped = tail.split('\n').filter((line) => line.length > 0).length;
  return { kept, dropped, backup };
}

export function writeFileAtomic(file: string, content: string | Buffer): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export { crcHex, checkedPayload };
