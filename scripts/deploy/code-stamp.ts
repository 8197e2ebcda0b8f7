/**
 * A stamp of a folder's content. The deploy writes a bundle's into the function's description, so
 * the next run can tell whether the code online is this code without downloading it; the weapp
 * build stamp uses it for the sources and for dist/weapp.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PREFIX = 'redsail code ';

/** sha256 over every file under `entries` (relative to `root`; sorted path, then content), first 16 hex digits. */
export function contentStamp(root: string, entries: readonly string[] = ['.']): string {
  const hash = createHash('sha256');
  const files = entries
    .filter((e) => fs.existsSync(path.join(root, e)))
    .flatMap((e) => {
      const abs = path.join(root, e);
      if (fs.statSync(abs).isFile()) return [e];
      return fs.readdirSync(abs, { recursive: true, encoding: 'utf8' }).map((f) => path.join(e, f));
    })
    .filter((f) => !f.split(path.sep).includes('node_modules') && fs.statSync(path.join(root, f)).isFile())
    .map((f) => path.normalize(f))
    .sort();
  for (const f of files) {
    hash
      .update(f.split(path.sep).join('/'))
      .update('\0')
      .update(fs.readFileSync(path.join(root, f)))
      .update('\0');
  }
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}

/** The stamp of one bundle folder. */
export const codeStamp = (dir: string): string => contentStamp(dir);

export const stampDescription = (stamp: string): string => `${PREFIX}${stamp}`;

/** The stamp a description carries, or null (deployed by hand, or by another tool). */
export function stampOf(description: string): string | null {
  return new RegExp(`${PREFIX}(sha256:[0-9a-f]{16})`).exec(description)?.[1] ?? null;
}
