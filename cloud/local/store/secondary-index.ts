import BTree from 'sorted-btree';
import { compareValues, getPath, MAX_KEY, MIN_KEY } from './compare';
import { StoreError } from './errors';
import type { Doc, DocId, IndexSpec } from './types';

export type IndexKey = unknown[];

/**
 * A declared index kept in a B+ tree. Keys are the indexed values followed by
 * `_id`, so equal values stay distinct and scans come out in index order.
 * A document with an array in an indexed field makes the index "multikey";
 * the planner then stops using it rather than miss array-element matches.
 */
export class SecondaryIndex {
  readonly tree: BTree<IndexKey, DocId>;
  private arrayDocs = 0;

  constructor(
    readonly collection: string,
    readonly spec: IndexSpec,
  ) {
    const dirs = spec.fields.map(([, d]) => d);
    this.tree = new BTree<IndexKey, DocId>(undefined, (a, b) => compareKeys(a, b, dirs));
  }

  get multikey(): boolean {
    return this.arrayDocs > 0;
  }

  values(doc: Doc): unknown[] {
    return this.spec.fields.map(([f]) => {
      const v = getPath(doc, f);
      return v === undefined ? null : v;
    });
  }

  add(doc: Doc): void {
    const vals = this.values(doc);
    if (vals.some(Array.isArray)) this.arrayDocs++;
    this.tree.set([...vals, doc._id], doc._id);
  }

  remove(doc: Doc): void {
    const vals = this.values(doc);
    if (vals.some(Array.isArray)) this.arrayDocs--;
    this.tree.delete([...vals, doc._id]);
  }

  /** For unique indexes: throws when another document already holds these values. */
  assertUnique(doc: Doc, ignore: ReadonlySet<DocId>): void {
    if (!this.spec.unique) return;
    const vals = this.values(doc);
    let clash: DocId | undefined;
    this.tree.forRange([...vals, MIN_KEY], [...vals, MAX_KEY], true, (_k, id) => {
      if (id !== doc._id && !ignore.has(id)) {
        clash = id;
        return { break: true };
      }
      return undefined;
    });
    if (clash !== undefined) {
      throw duplicateKey(this.collection, this.spec.name, vals);
    }
  }
}

export function duplicateKey(collection: string, index: string, vals: unknown): StoreError {
  return new StoreError(
    'DATABASE_DUPLICATE_WRITE',
    `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${JSON.stringify(vals)}`,
  );
}

/** Compares composite keys; sentinels (MIN_KEY/MAX_KEY) ignore direction. */
export function compareKeys(a: IndexKey, b: IndexKey, dirs: ReadonlyArray<1 | -1>): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (i >= a.length) return -1;
    if (i >= b.length) return 1;
    const sentinel = x === MIN_KEY || x === MAX_KEY || y === MIN_KEY || y === MAX_KEY;
    const c = compareValues(x, y) * (sentinel ? 1 : (dirs[i] ?? 1));
    if (c !== 0) return c;
  }
  return 0;
}
