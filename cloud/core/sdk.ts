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

/** Runs `fn` in a transaction; the SDK retries it when a concurrent write conflicts. */
export async function runTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return (await db.runTransaction(fn)) as T;
  } catch (err) {
    // Still conflicting after the SDK's retries: others keep writing the same documents.
    if (errorText(err).includes('TRANSACTION_CONFLICT')) throw new AppError('CONFLICT');
    throw err;
  }
}
