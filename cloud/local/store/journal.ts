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

  /** Opens the journal, handing every intact record to `onRecord` in order. */
  static open(file: string, onRecord: (payload: string) => void, opts: { fsync?: boolean } = {}): {
    journal: Journal;
    records: number;
    tornBytes: number;
  } {
    const buf = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
    let pos = 0;
    let records = 0;
    while (pos < buf.length) {
      const nl = buf.indexOf(0x0a, pos);
      const line = nl === -1 ? null : buf.subarray(pos, nl);
      const payload = line ? checkedPayload(line) : null;
      if (payload === null) {
        // Anything that does not verify must be the tail a crash tore off.
        if (nl !== -1 && hasIntactRecordAfter(buf, nl + 1)) {
          throw new StoreError('LOCALCLOUD_CORRUPT_JOURNAL', `日志文件损坏（偏移 ${pos}）：${file}`);
        }
        break;
      }
      onRecord(payload);
      records++;
      pos = nl + 1;
    }
    const tornBytes = buf.length - pos;
    if (tornBytes > 0) fs.truncateSync(file, pos);
    const fd = fs.openSync(file, 'a');
    return { journal: new Journal(file, fd, pos, opts.fsync ?? false), records, tornBytes };
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

function hasIntactRecordAfter(buf: Buffer, from: number): boolean {
  const nl = buf.indexOf(0x0a, from);
  return nl !== -1 && checkedPayload(buf.subarray(from, nl)) !== null;
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
