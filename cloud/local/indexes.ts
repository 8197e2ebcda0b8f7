import fs from 'node:fs';
import path from 'node:path';
import type { IndexSpec } from './store/types';

/**
 * cloud/database/indexes.json declares every index, once: the local cloud
 * builds them, and the same list is what to create in the CloudBase console.
 * Shape: { "<collection>": [{ "name": "...", "fields": [["field", 1|-1], ...], "unique"?: true }] }
 */
export const DEFAULT_INDEXES_FILE = path.join(__dirname, '..', 'database', 'indexes.json');

export function loadIndexSpecs(file = DEFAULT_INDEXES_FILE): Record<string, IndexSpec[]> {
  if (!fs.existsSync(file)) return {};
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const out: Record<string, IndexSpec[]> = {};
  for (const [coll, list] of Object.entries(raw)) {
    if (coll.startsWith('$')) continue; // "$comment" and the like
    if (!Array.isArray(list)) throw new Error(`indexes.json: ${coll} 必须是数组`);
    out[coll] = list.map((spec: IndexSpec) => {
      if (!spec.name || !Array.isArray(spec.fields) || spec.fields.length === 0) {
        throw new Error(`indexes.json: ${coll} 中的索引缺少 name 或 fields`);
      }
      for (const [f, d] of spec.fields) {
        if (typeof f !== 'string' || (d !== 1 && d !== -1)) throw new Error(`indexes.json: ${coll}.${spec.name} 字段定义无效`);
      }
      return { name: spec.name, fields: spec.fields, unique: spec.unique === true };
    });
  }
  return out;
}
