import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Aggregator } from 'mingo';
import { applyUpdate } from './mingo';
import { decodeStored, encode } from './codec';
import { Collection, type FindOptions } from './collection';
import { extractBounds } from './planner';
import { StoreError } from './errors';
import { Journal } from './journal';
import { duplicateKey } from './secondary-index';
import { acquireDataLock } from './lock';
import { readSnapshot, writeSnapshot } from './snapshot';
import { bufferedDoc, TransactionTable, txKey, type TxState } from './transactions';
import type { AnyObject, Doc, DocId, IndexSpec, SortSpec, WriteOp } from './types';

export interface DatabaseOptions {
  /** Data folder; omitted means an in-memory database (tests, benchmarks). */
  dir?: string;
  indexes?: Record<string, IndexSpec[]>;
  fsync?: boolean;
  /** Open a damaged journal by cutting it at the first bad record (a copy is kept). */
  repair?: boolean;
  /** Throw instead of warn when a query scans a large collection. */
  strictIndexes?: boolean;
  /** Size from which a collection counts as large for scan reports. */
  largeCollection?: number;
  warn?: (message: string) => void;
}

export interface ModifyOptions {
  multi: boolean;
  /** true: `data` holds update operators; false: `data` replaces the document. */
  merge: boolean;
  upsert: boolean;
}

export interface ModifyResult {
  updated: number;
  upsertId?: DocId;
  doc?: Doc;
}

const SNAPSHOT = 'snapshot.db';
const JOURNAL = 'journal.log';
const COMPACT_AT_OPEN_BYTES = 64 * 1024 * 1024;

export class Database {
  private readonly collections = new Map<string, Collection>();
  private readonly txs = new TransactionTable();
  private readonly warned = new Set<string>();
  private journal: Journal | null = null;
  private releaseLock: (() => void) | null = null;
  private seq = 0;

  private constructor(private readonly opts: DatabaseOptions) {}

  static open(opts: DatabaseOptions = {}): Database {
    const db = new Database(opts);
    if (opts.dir) db.load(opts.dir);
    return db;
  }

  private load(dir: string): void {
    fs.mkdirSync(dir, { recursive: true });
    this.releaseLock = acquireDataLock(dir);
    try {
      readSnapshot(path.join(dir, SNAPSHOT), (coll, doc) => this.collection(coll).put(doc, ++this.seq));
      const { journal, tornBytes, repaired } = Journal.open(
        path.join(dir, JOURNAL),
        (payload) => this.apply(decodeStored<WriteOp[]>(payload)),
        { fsync: this.opts.fsync, repair: this.opts.repair },
      );
      this.journal = journal;
      if (tornBytes > 0) this.warn(`本地云：丢弃日志末尾不完整的记录（${tornBytes} 字节）`);
      if (repaired) {
        this.warn(
          `本地云：已修复日志：保留 ${repaired.kept} 条记录，丢弃 ${repaired.dropped} 条（从第 ${repaired.kept + 1} 条起损坏）；` +
            `损坏的日志已备份为 ${repaired.backup}`,
        );
      }
      if (journal.bytes > COMPACT_AT_OPEN_BYTES) this.compact();
    } catch (err) {
      this.releaseLock();
      throw err;
    }
  }

  /** Writes all live documents to a snapshot and empties the journal. */
  compact(): void {
    if (!this.opts.dir || !this.journal) return;
    const entries = function* (cols: Map<string, Collection>): Iterable<[string, Doc]> {
      for (const [name, c] of cols) for (const doc of c.docs.values()) yield [name, doc];
    };
    writeSnapshot(path.join(this.opts.dir, SNAPSHOT), entries(this.collections));
    this.journal.reset();
  }

  close(): void {
    if (this.journal) {
      if (this.journal.bytes > 0) this.compact();
      this.journal.close();
      this.journal = null;
    }
    this.releaseLock?.();
    this.releaseLock = null;
  }

  collection(name: string): Collection {
    let c = this.collections.get(name);
    if (!c) {
      c = new Collection(name, this.opts.indexes?.[name] ?? [], (coll, filter, sort, size) =>
        this.reportScan(coll, filter, sort, size),
      );
      this.collections.set(name, c);
    }
    return c;
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  // ---- reads -------------------------------------------------------------

  find(coll: string, filter: AnyObject, opts: FindOptions = {}): Doc[] {
    return this.collection(coll).find(filter, opts);
  }

  count(coll: string, filter: AnyObject): number {
    return this.collection(coll).count(filter);
  }

  aggregate(coll: string, pipeline: AnyObject[]): AnyObject[] {
    const c = this.collection(coll);
    const first = pipeline[0];
    const source =
      first && '$match' in first ? c.find(first['$match'] as AnyObject) : this.scanAll(c, pipeline.length > 0);
    const agg = new Aggregator(pipeline, {
      collectionResolver: (name: string) => [...this.collection(name).docs.values()],
    });
    return agg.run(source) as AnyObject[];
  }

  private scanAll(c: Collection, report: boolean): Doc[] {
    if (report) this.reportScan(c.name, {}, [], c.size);
    return [...c.docs.values()];
  }

  // ---- writes ------------------------------------------------------------

  insert(coll: string, docs: AnyObject[]): DocId[] {
    const c = this.collection(coll);
    const prepared = docs.map((d) => withId(d));
    const seen = new Set<DocId>();
    for (const doc of prepared) {
      c.assertNewId(doc._id);
      if (seen.has(doc._id)) throw duplicateKey(coll, '_id_', { _id: doc._id });
      seen.add(doc._id);
    }
    this.commit(prepared.map((put) => ({ coll, put })));
    return prepared.map((d) => d._id);
  }

  modify(coll: string, filter: AnyObject, data: AnyObject, opts: ModifyOptions): ModifyResult {
    const c = this.collection(coll);
    const targets = c.find(filter, { limit: opts.multi ? Infinity : 1 });
    if (targets.length === 0) {
      if (!opts.upsert) return { updated: 0 };
      const doc = this.upsertDoc(filter, data, opts.merge);
      c.assertNewId(doc._id);
      this.commit([{ coll, put: doc }]);
      return { updated: 0, upsertId: doc._id, doc };
    }
    const ops: WriteOp[] = [];
    let last: Doc | undefined;
    for (const current of targets) {
      const next = opts.merge ? updated(current, data) : replaced(current._id, data);
      last = next ?? current;
      if (next) ops.push({ coll, put: next });
    }
    this.commit(ops);
    return { updated: ops.length, doc: last };
  }

  remove(coll: string, filter: AnyObject, opts: { multi: boolean }): number {
    const c = this.collection(coll);
    const targets = c.find(filter, { limit: opts.multi ? Infinity : 1 });
    this.commit(targets.map((d) => ({ coll, del: d._id })));
    return targets.length;
  }

  private upsertDoc(filter: AnyObject, data: AnyObject, merge: boolean): Doc {
    const base: AnyObject = {};
    for (const [k, b] of extractBounds(filter)) if (b.eq?.length === 1 && !k.includes('.')) base[k] = b.eq[0];
    const seeded = withId(base);
    if (!merge) return { ...replaced(seeded._id, data), _id: seeded._id };
    return updated(seeded, data) ?? seeded;
  }

  /** Validates, journals, then applies a set of writes as one atomic record. */
  private commit(ops: WriteOp[]): void {
    if (ops.length === 0) return;
    this.assertUniqueBatch(ops);
    this.journal?.append(encode(ops));
    this.apply(ops);
  }

  private apply(ops: WriteOp[]): void {
    for (const op of ops) {
      const c = this.collection(op.coll);
      if ('put' in op) c.put(op.put, ++this.seq);
      else c.delete(op.del, ++this.seq);
    }
  }

  private assertUniqueBatch(ops: WriteOp[]): void {
    const byColl = new Map<string, WriteOp[]>();
    for (const op of ops) byColl.set(op.coll, [...(byColl.get(op.coll) ?? []), op]);
    for (const [coll, list] of byColl) {
      const c = this.collection(coll);
      const touched = new Set(list.map((op) => ('put' in op ? op.put._id : op.del)));
      const puts = list.flatMap((op) => ('put' in op ? [op.put] : []));
      for (const doc of puts) c.assertUnique(doc, touched);
      for (const index of c.indexes.filter((i) => i.spec.unique)) {
        const keys = new Set<string>();
        for (const doc of puts) {
          const key = encode(index.values(doc));
          if (keys.has(key)) throw duplicateKey(coll, index.spec.name, index.values(doc));
          keys.add(key);
        }
      }
    }
  }

  // ---- transactions ------------------------------------------------------

  beginTransaction(): string {
    return this.txs.begin().id;
  }

  txGet(txId: string, coll: string, id: DocId): Doc | undefined {
    return this.txRead(this.txs.get(txId), coll, id);
  }

  txInsert(txId: string, coll: string, data: AnyObject): DocId {
    const tx = this.txs.get(txId);
    const doc = withId(data);
    if (this.txRead(tx, coll, doc._id)) throw duplicateKey(coll, '_id_', { _id: doc._id });
    tx.writes.set(txKey(coll, doc._id), { coll, put: doc });
    return doc._id;
  }

  txModify(txId: string, coll: string, id: DocId, data: AnyObject, opts: Omit<ModifyOptions, 'multi'>): ModifyResult {
    const tx = this.txs.get(txId);
    const current = this.txRead(tx, coll, id);
    if (!current && !opts.upsert) return { updated: 0 };
    const base = current ?? { _id: id };
    const next = opts.merge ? updated(base, data) : replaced(id, data);
    if (next) tx.writes.set(txKey(coll, id), { coll, put: next });
    return current ? { updated: next ? 1 : 0 } : { updated: 0, upsertId: id };
  }

  txRemove(txId: string, coll: string, id: DocId): number {
    const tx = this.txs.get(txId);
    if (!this.txRead(tx, coll, id)) return 0;
    tx.writes.set(txKey(coll, id), { coll, del: id });
    return 1;
  }

  commitTransaction(txId: string): void {
    const tx = this.txs.get(txId);
    this.txs.end(txId);
    for (const r of tx.reads.values()) {
      if (this.collection(r.coll).version(r.id) !== r.version) {
        throw new StoreError('DATABASE_TRANSACTION_CONFLICT', '事务冲突：文档已被其他请求修改');
      }
    }
    this.commit([...tx.writes.values()]);
  }

  abortTransaction(txId: string): void {
    this.txs.get(txId);
    this.txs.end(txId);
  }

  private txRead(tx: TxState, coll: string, id: DocId): Doc | undefined {
    const key = txKey(coll, id);
    const own = bufferedDoc(tx, key);
    if (own.hit) return own.doc;
    const c = this.collection(coll);
    if (!tx.reads.has(key)) tx.reads.set(key, { coll, id, version: c.version(id) });
    return c.get(id);
  }

  // ---- index reports -----------------------------------------------------

  private reportScan(coll: string, filter: AnyObject, sort: SortSpec, size: number): void {
    if (size < (this.opts.largeCollection ?? 1000)) return;
    const shape = `${coll} ${JSON.stringify(Object.keys(filter))} ${JSON.stringify(sort)}`;
    const message = `本地云：集合 ${coll}（${size} 条）上的查询没有可用的索引：filter 字段 ${JSON.stringify(
      Object.keys(filter),
    )}，排序 ${JSON.stringify(sort)}。请在 cloud/database/indexes.json 中声明索引。`;
    if (this.opts.strictIndexes) throw new StoreError('LOCALCLOUD_UNINDEXED_QUERY', message);
    if (this.warned.has(shape)) return;
    this.warned.add(shape);
    this.warn(message);
  }

  private warn(message: string): void {
    (this.opts.warn ?? console.warn)(message);
  }
}

/** CloudBase ids are 32 hex characters. */
export function newId(): string {
  return randomBytes(16).toString('hex');
}

function withId(data: AnyObject): Doc {
  const id = data['_id'];
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    throw new StoreError('INVALID_PARAM', '_id 必须是字符串或数字');
  }
  return { ...structuredClone(data), _id: (id as DocId | undefined) ?? newId() };
}

/** Applies update operators to a copy; null when nothing changed. */
function updated(current: Doc, data: AnyObject): Doc | null {
  const copy = structuredClone(current);
  let changed: string[];
  try {
    changed = applyUpdate(copy, data as Parameters<typeof applyUpdate>[1]);
  } catch (err) {
    throw new StoreError('DATABASE_REQUEST_FAILED', `更新操作无效：${(err as Error).message}`);
  }
  if (copy._id !== current._id) throw new StoreError('INVALID_PARAM', '不能更新 _id 的值');
  return changed.length > 0 ? copy : null;
}

function replaced(id: DocId, data: AnyObject): Doc {
  const { _id: _ignored, ...rest } = structuredClone(data);
  return { ...rest, _id: id };
}
