import { compileFilter } from './mingo';
import { compareValues, getPath } from './compare';
import { planQuery, type Plan } from './planner';
import { duplicateKey, SecondaryIndex } from './secondary-index';
import type { AnyObject, Doc, DocId, IndexSpec, SortSpec } from './types';

export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
}

/** Called when a query had to read a whole large collection. */
export type ScanReporter = (collection: string, filter: AnyObject, sort: SortSpec, size: number) => void;

/**
 * One collection held in memory: documents by `_id`, a version per document
 * (for optimistic transactions) and the declared secondary indexes.
 */
export class Collection {
  readonly docs = new Map<DocId, Doc>();
  readonly versions = new Map<DocId, number>();
  readonly indexes: SecondaryIndex[];

  constructor(
    readonly name: string,
    specs: readonly IndexSpec[],
    private readonly reportScan: ScanReporter,
  ) {
    this.indexes = specs.map((s) => new SecondaryIndex(name, s));
  }

  get size(): number {
    return this.docs.size;
  }

  get(id: DocId): Doc | undefined {
    return this.docs.get(id);
  }

  version(id: DocId): number {
    return this.versions.get(id) ?? 0;
  }

  /** Throws DATABASE_DUPLICATE_WRITE if `doc` would break a unique index. */
  assertUnique(doc: Doc, ignore: ReadonlySet<DocId>): void {
    for (const index of this.indexes) index.assertUnique(doc, ignore);
  }

  assertNewId(id: DocId): void {
    if (this.docs.has(id)) throw duplicateKey(this.name, '_id_', { _id: id });
  }

  put(doc: Doc, version: number): void {
    const old = this.docs.get(doc._id);
    if (old) for (const index of this.indexes) index.remove(old);
    this.docs.set(doc._id, doc);
    for (const index of this.indexes) index.add(doc);
    this.versions.set(doc._id, version);
  }

  delete(id: DocId, version: number): void {
    const old = this.docs.get(id);
    if (!old) return;
    for (const index of this.indexes) index.remove(old);
    this.docs.delete(id);
    this.versions.set(id, version); // a tombstone version lets transactions see the delete
  }

  /** Matching documents in the requested order, after skip, up to limit. */
  find(filter: AnyObject, opts: FindOptions = {}): Doc[] {
    const sort = opts.sort ?? [];
    const skip = opts.skip ?? 0;
    const limit = opts.limit ?? Infinity;
    const query = compileFilter(filter);
    const plan = this.plan(filter, sort);
    const inOrder = plan.kind === 'scan' ? sort.length === 0 : plan.kind === 'index' ? plan.order !== null : false;

    if (inOrder) {
      const out: Doc[] = [];
      let skipped = 0;
      for (const doc of this.candidates(plan)) {
        if (!query.test(doc)) continue;
        if (skipped < skip) {
          skipped++;
          continue;
        }
        if (out.length >= limit) break;
        out.push(doc);
      }
      return out;
    }
    const matched: Doc[] = [];
    for (const doc of this.candidates(plan)) if (query.test(doc)) matched.push(doc);
    if (sort.length) matched.sort((a, b) => compareDocs(a, b, sort));
    return matched.slice(skip, skip + limit);
  }

  count(filter: AnyObject): number {
    const query = compileFilter(filter);
    let n = 0;
    for (const doc of this.candidates(this.plan(filter, []))) if (query.test(doc)) n++;
    return n;
  }

  private plan(filter: AnyObject, sort: SortSpec): Plan {
    const plan = planQuery(filter, sort, this.indexes);
    const trivial = Object.keys(filter).length === 0 && sort.length === 0;
    if (plan.kind === 'scan' && !trivial) this.reportScan(this.name, filter, sort, this.docs.size);
    return plan;
  }

  private *candidates(plan: Plan): Iterable<Doc> {
    if (plan.kind === 'ids') {
      for (const id of new Set(plan.ids)) {
        const doc = this.docs.get(id);
        if (doc) yield doc;
      }
      return;
    }
    if (plan.kind === 'scan') {
      yield* this.docs.values();
      return;
    }
    const { tree } = plan.index;
    const ranges = plan.order === 'desc' ? [...plan.ranges].reverse() : plan.ranges;
    for (const [lo, hi] of ranges) {
      const cmp = tree._compare;
      if (plan.order === 'desc') {
        for (const [key, id] of tree.entriesReversed(hi)) {
          if (cmp(key, lo) < 0) break;
          yield this.docs.get(id)!;
        }
      } else {
        for (const [key, id] of tree.entries(lo)) {
          if (cmp(key, hi) > 0) break;
          yield this.docs.get(id)!;
        }
      }
    }
  }
}

export function compareDocs(a: AnyObject, b: AnyObject, sort: SortSpec): number {
  for (const [field, dir] of sort) {
    const c = compareValues(getPath(a, field), getPath(b, field));
    if (c !== 0) return c * dir;
  }
  return 0;
}
