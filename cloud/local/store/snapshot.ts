import fs from 'node:fs';
import { checkedPayload, crcHex, writeFileAtomic } from './journal';
import { StoreError } from './errors';
import { decodeStored, encode } from './codec';
import type { Doc } from './types';

/**
 * A snapshot is every live document, one checksummed line each, written to a
 * temporary file and renamed into place, so it is either whole or absent.
 */
export function writeSnapshot(file: string, entries: Iterable<[coll: string, doc: Doc]>): void {
  const lines: string[] = [];
  for (const [coll, doc] of entries) {
    const payload = encode({ c: coll, d: doc });
    lines.push(`${crcHex(payload)} ${payload}\n`);
  }
  writeFileAtomic(file, lines.join(''));
}

export function readSnapshot(file: string, onDoc: (coll: string, doc: Doc) => void): number {
  if (!fs.existsSync(file)) return 0;
  const text = fs.readFileSync(file, 'utf8');
  let count = 0;
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) throw new StoreError('LOCALCLOUD_CORRUPT_JOURNAL', `快照文件不完整：${file}`);
    const payload = checkedPayload(Buffer.from(text.slice(start, nl), 'utf8'));
    if (payload === null) throw new StoreError('LOCALCLOUD_CORRUPT_JOURNAL', `快照文件损坏：${file}`);
    const { c, d } = decodeStored<{ c: string; d: Doc }>(payload);
    onDoc(c, d);
    count++;
    start = nl + 1;
  }
  return count;
}
