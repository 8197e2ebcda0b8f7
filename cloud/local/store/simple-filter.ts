import type { AnyObject } from './types';

export interface Matcher {
  test(doc: AnyObject): boolean;
}

/** The values compared here without mingo: one type each, as MongoDB brackets them. */
type Value = string | number | boolean | Date;

const isPrimitive = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isValue = (v: unknown): v is Value => isPrimitive(v) || (v instanceof Date && !Number.isNaN(v.getTime()));

/** A value's type and its order within the type: two values compare only when their types match. */
const kind = (v: Value) => (v instanceof Date ? 'date' : typeof v);
const order = (v: Value) => (v instanceof Date ? v.getTime() : v);

const RANGE: Record<string, (a: string | number | boolean, b: string | number | boolean) => boolean> = {
  $gt: (a, b) => a > b,
  $gte: (a, b) => a >= b,
  $lt: (a, b) => a < b,
  $lte: (a, b) => a <= b,
};

type Test = (v: Value) => boolean;

function equals(want: Value): Test {
  const k = kind(want);
  const o = order(want);
  return (v) => kind(v) === k && order(v) === o;
}

/** One field's condition, or null when it is not of the simple form. */
function condition(want: unknown): Test | null {
  if (isValue(want)) return equals(want);
  if (want === null || typeof want !== 'object' || Array.isArray(want) || want instanceof Date) return null;
  const tests: Test[] = [];
  for (const [op, arg] of Object.entries(want)) {
    if (op === '$eq' && isValue(arg)) tests.push(equals(arg));
    else if (op === '$ne' && isValue(arg)) {
      const eq = equals(arg);
      tests.push((v) => !eq(v));
    } else if (op === '$in' && Array.isArray(arg) && arg.every(isPrimitive)) {
      const set = new Set<Value>(arg);
      tests.push((v) => !(v instanceof Date) && set.has(v));
    } else if (RANGE[op] && isValue(arg)) {
      const [k, o, cmp] = [kind(arg), order(arg), RANGE[op]];
      tests.push((v) => kind(v) === k && cmp(order(v), o));
    } else return null;
  }
  return tests.length === 0 ? null : tests.length === 1 ? tests[0]! : (v) => tests.every((t) => t(v));
}

/**
 * The filters most requests send — top-level fields compared with a string, number, boolean or
 * date (`$eq`, `$ne`, `$gt`…`$lte`), or `$in` a list of strings, numbers or booleans
 * (`{activityId, status}`, `{k: {$in: cells}}`, `{seqKey: {$lt: mine}}`) — matched without mingo,
 * whose `$in` hashes the whole list again for every document it tests. A document whose field
 * holds anything else (an array, an object, null, nothing) goes to `general`, so answers never
 * differ; tests/cloud/simple-filter.test.ts compares the two on random documents. Null when the
 * filter is not of that form.
 */
export function simpleFilter(filter: AnyObject, general: () => Matcher): Matcher | null {
  const conditions: Array<[string, Test]> = [];
  for (const [field, want] of Object.entries(filter)) {
    if (field.startsWith('$') || field.includes('.')) return null;
    const test = condition(want);
    if (!test) return null;
    conditions.push([field, test]);
  }
  let fallback: Matcher | null = null;
  return {
    test(doc) {
      for (const [field, ok] of conditions) {
        const v = doc[field];
        if (!isValue(v)) return (fallback ??= general()).test(doc);
        if (!ok(v)) return false;
      }
      return true;
    },
  };
}
