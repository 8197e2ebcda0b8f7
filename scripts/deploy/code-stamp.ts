/**
 * A stamp of a bundle folder's content. The deploy writes it into the function's description, so
 * the next run can tell whether the code online is this code without downloading it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PREFIX = 'redsail code ';

/** sha256 over every file (sorted relative path, then content), first 16 hex digits. */
export function codeStamp(dir: string): string {
  const hash = createHash('sha256');
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.split(path.sep).includes('node_modules') && fs.statSync(path.join(dir, f)).isFile())
    .sort();
  for (const f of files) {
    hash.update(f.split(path.sep).join('/')).update('\0').update(fs.readFileSync(path.join(dir, f))).update('\0');
  }
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}

export const stampDescription = (stamp: string): string => `${PREFIX}${stamp}`;

/** The stamp a description carries, or null (deployed by hand, or by another tool). */
export function stampOf(description: string): string | null {
  return new RegExp(`${PREFIX}(sha256:[0-9a-f]{16})`).exec(description)?.[1] ?? null;
}
