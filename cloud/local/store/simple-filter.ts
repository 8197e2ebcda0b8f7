import type { AnyObject } from './types';

export interface Matcher {
  test(doc: AnyObject): boolean;
}

type Scalar = string | number | boolean;

const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * The filters most requests send — top-level fields equal to a string, number or boolean, or `$in`
 * a list of them (`{activityId, status}`, `{k: {$in: cells}}`) — matched without mingo, whose `$in`
 * hashes the whole list again for every document it tests. A document whose field holds anything
 * else (an array, an object, a date, null, nothing) goes to `general`, so answers never differ;
 * tests/cloud/simple-filter.test.ts compares the two on random documents. Null when the filter is
 * not of that form.
 */
export function simpleFilter(filter: AnyObject, general: () => Matcher): Matcher | null {
  const conditions: Array<[string, (v: Scalar) => boolean]> = [];
  for (const [field, want] of Object.entries(filter)) {
    if (field.startsWith('$') || field.includes('.')) return null;
    if (isScalar(want)) {
      conditions.push([field, (v) => v === want]);
      continue;
    }
    if (want === null || typeof want !== 'object' || Array.isArray(want)) return null;
    const ops = Object.keys(want);
    const list = (want as { $in?: unknown }).$in;
    if (ops.length !== 1 || ops[0] !== '$in' || !Array.isArray(list) || !list.every(isScalar)) return null;
    const set = new Set<Scalar>(list);
    conditions.push([field, (v) => set.has(v)]);
  }
  let fallback: Matcher | null = null;
  return {
    test(doc) {
      for (const [field, ok] of conditions) {
        const v = doc[field];
        if (!isScalar(v)) return (fallback ??= general()).test(doc);
        if (!ok(v)) return false;
      }
      return true;
    },
  };
}
