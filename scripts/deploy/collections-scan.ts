/**
 * Which collections the cloud code names: the first argument of `collection(…)`, `findById(…)`
 * and `findByIds(…)`, as a string literal or a `const NAME = '…'` from the same sources. On
 * CloudBase a read or write to a collection that was never created fails, so every one of these
 * must be declared in cloud/database/indexes.json (with `[]` when it needs no index).
 */
import fs from 'node:fs';
import path from 'node:path';

const CALL =
  /\b(?:collection|findByIds?)\s*(?:<[^>()]*>)?\(\s*(?:'([A-Za-z_][\w-]*)'|"([A-Za-z_][\w-]*)"|([A-Z][A-Z0-9_]*))\s*[,)]/g;
const CONST = /\bconst\s+([A-Z][A-Z0-9_]*)\s*=\s*['"]([A-Za-z_][\w-]*)['"]/g;

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** Collection names used under `dir` (cloud/core), sorted. */
export function collectionsUsed(dir: string): string[] {
  const texts = sources(dir);
  const consts = new Map<string, string>();
  for (const t of texts) for (const m of t.matchAll(CONST)) consts.set(m[1]!, m[2]!);
  const used = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(CALL)) {
      const name = m[1] ?? m[2] ?? consts.get(m[3] ?? '');
      if (name) used.add(name);
    }
  }
  return [...used].sort();
}
