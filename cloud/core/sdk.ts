import cloud from 'wx-server-sdk';

// One SDK instance for the whole bundle; DYNAMIC_CURRENT_ENV targets the env the function runs in.
// (The SDK's typings declare the symbol but not that init accepts it.)
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

export const db = cloud.database();
export const _ = db.command;
export { cloud };

export type Database = typeof db;

/** True when a database error is CloudBase's duplicate-key failure. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { errMsg?: string; message?: string; errCode?: unknown };
  return /E11000|DUPLICATE/i.test(`${e?.errMsg ?? ''} ${e?.message ?? ''} ${String(e?.errCode ?? '')}`);
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
