import cloud from 'wx-server-sdk';
import { AppError } from './errors';

// One SDK instance for the whole bundle; DYNAMIC_CURRENT_ENV targets the env the function runs in.
// (The SDK's typings declare the symbol but not that init accepts it.)
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export const db = cloud.database();
export const _ = db.command;
export { cloud };

export type Database = typeof db;

/** True when a database error is CloudBase's duplicate-key failure. */
export function isDuplicateKey(err: unknown): boolean {
  return /E11000|DUPLICATE/i.test(errorText(err));
}

/** Everything an SDK error says about itself, to match codes against. */
function errorText(err: unknown): string {
  const e = err as { errMsg?: string; message?: string; errCode?: unknown; code?: unknown };
  return `${e?.errMsg ?? ''} ${e?.message ?? ''} ${String(e?.errCode ?? '')} ${String(e?.code ?? '')}`;
}

/**
 * The SDK's typings give `get()` a union with `void | string` (its callback
 * style); these read the promise results with the types we store.
 */
export async function getList<T>(query: { get(): unknown }): Promise<T[]> {
  return ((await query.get()) as { data: T[] }).data;
}

export async function getCount(query: { count(): unknown }): Promise<number> {
  return ((await query.count()) as { total: number }).total;
}

/** Reads one document by `_id`, or null; `where` rather than `doc().get()`, which fails when it is missing. */
export async function findById<T>(collection: string, id: string): Promise<T | null> {
  const [doc] = await getList<T>(db.collection(collection).where({ _id: id }).limit(1));
  return doc ?? null;
}

/** The most documents one `get()` returns. */
export const MAX_LIMIT = 1000;

/** Reads the documents with these ids (missing ones are left out). */
export async function findByIds<T>(collection: string, ids: readonly string[]): Promise<T[]> {
  const unique = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += MAX_LIMIT) {
    const chunk = unique.slice(i, i + MAX_LIMIT);
    out.push(...(await getList<T>(db.collection(collection).where({ _id: _.in(chunk) }).limit(chunk.length))));
  }
  return out;
}

/** How many documents an `update()` changed: the guard for conditional updates. */
export async function updatedCount(update: unknown): Promise<number> {
  return ((await update) as { stats: { updated: number } }).stats.updated;
}

/** The part of a CloudBase transaction we use: documents by id, and inserts. */
export interface Tx {
  collection(name: string): {
    doc(id: string): { get(): Promise<{ data: unknown }>; update(options: { data: object }): Promise<unknown> };
    add(options: { data: object }): Promise<{ _id: string }>;
  };
}

/** How often a transaction that lost a race to insert the same `_id` runs again. */
const DUPLICATE_RETRIES = 2;

/**
 * Runs `fn` in a transaction; the SDK retries it when a concurrent write conflicts. Inserting an
 * `_id` that a concurrent transaction has just committed fails as a duplicate instead: that is
 * the same race, so it runs again too, and the new run reads the other's document.
 */
export async function runTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await db.runTransaction(fn)) as T;
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (isDuplicateKey(err) && attempt < DUPLICATE_RETRIES) continue;
      // Still conflicting after the SDK's retries: others keep writing the same documents.
      if (errorText(err).includes('TRANSACTION_CONFLICT')) throw new AppError('CONFLICT');
      throw err;
    }
  }
}

/** True when a transaction's `doc().get()` failed because the document is missing (the SDK throws then). */
function isMissingDoc(err: unknown): boolean {
  return /does not exist/i.test(errorText(err));
}

/** Reads one document inside a transaction, or null when it is missing; either way the read is part of the transaction. */
export async function txFind<T>(tx: Tx, collection: string, id: string): Promise<T | null> {
  try {
    return ((await tx.collection(collection).doc(id).get()).data as T | null) ?? null;
  } catch (err) {
    if (isMissingDoc(err)) return null;
    throw err;
  }
}

/** The rows of an aggregation (`aggregate()...end()`), typed as we group them. */
export async function aggregateList<T>(pipeline: { end(): unknown }): Promise<T[]> {
  return ((await pipeline.end()) as { list: T[] }).list;
}
