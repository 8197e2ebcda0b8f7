import { EJSON } from 'bson';

/**
 * The store keeps documents as plain JS values and exchanges them as relaxed
 * EJSON: with the SDK (queries in, documents out) and on disk. bson's EJSON
 * walks every value in JavaScript, which was a tenth of a database request's
 * time; the fast paths below use JSON.parse/JSON.stringify with a reviver or
 * replacer for the few typed values that occur (dates, numbers as
 * $numberInt/$numberLong/$numberDouble, regular expressions) and hand anything
 * else to bson. tests/cloud/codec.test.ts checks both give the same values.
 */
export function encode(value: unknown): string {
  try {
    return JSON.stringify(value, replaceTyped);
  } catch {
    return encodeFull(value); // a RegExp, a class instance, a cycle: bson decides
  }
}

export function decode<T = unknown>(text: string): T {
  if (OTHER_EJSON_TYPE.test(text)) return decodeFull<T>(text);
  return JSON.parse(text, reviveTyped) as T;
}

/** For what the store wrote itself (journal, snapshot): the same reader. */
export const decodeStored = decode;

export function encodeFull(value: unknown): string {
  return EJSON.stringify(value as Parameters<typeof EJSON.stringify>[0], { relaxed: true });
}

export function decodeFull<T = unknown>(text: string): T {
  return toPlain(EJSON.parse(text, { relaxed: true })) as T;
}

/** EJSON type keys the fast reader does not handle (legacy $regex/$options included). */
const OTHER_EJSON_TYPE =
  /"\$(?:oid|binary|numberDecimal|timestamp|minKey|maxKey|symbol|code|scope|dbPointer|ref|id|db|uuid|undefined|regex|options)"\s*:/;

class NotPlain extends Error {}

/** bson's relaxed form for the values JSON cannot carry; throws for anything it leaves to bson. */
function replaceTyped(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date) {
    const t = raw.getTime();
    // bson writes dates from 1970 to 9999 as ISO strings (no .000), others as milliseconds.
    if (t > -1 && t < 253402318800000) return { $date: raw.getUTCMilliseconds() ? raw.toISOString() : `${raw.toISOString().slice(0, -5)}Z` };
    return { $date: { $numberLong: String(t) } };
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : { $numberDouble: String(raw) };
  if (raw === undefined) return key === '' ? value : null;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const proto = Object.getPrototypeOf(raw) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new NotPlain();
  }
  return value;
}

function reviveTyped(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const o = value as Record<string, unknown>;
  let only: string | undefined;
  for (const k in o) {
    if (only !== undefined) return value; // typed values have exactly one key
    only = k;
  }
  switch (only) {
    case '$date':
      return typeof o.$date === 'string' || typeof o.$date === 'number' ? new Date(o.$date) : value;
    case '$numberInt':
    case '$numberDouble':
      return typeof o[only] === 'string' ? Number(o[only]) : value;
    case '$numberLong': {
      if (typeof o.$numberLong !== 'string') return value;
      const n = Number(o.$numberLong);
      return Number.isNaN(n) ? 0 : n; // as bson's Long.fromString reads it (an invalid date's "NaN")
    }
    case '$regularExpression': {
      const r = o.$regularExpression as { pattern?: unknown; options?: unknown } | null;
      if (typeof r?.pattern !== 'string' || typeof r.options !== 'string') return value;
      return new RegExp(r.pattern, r.options.replace(/[^gimsuy]/g, ''));
    }
    default:
      return value;
  }
}

/** bson turns {$regularExpression} into BSONRegExp and big ints into Long; mingo wants JS values. */
function toPlain(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Date) return v;
  if (Array.isArray(v)) return v.map(toPlain);
  const bsontype = (v as { _bsontype?: string })._bsontype;
  if (bsontype === 'BSONRegExp') {
    const r = v as { pattern: string; options: string };
    return new RegExp(r.pattern, r.options.replace(/[^gimsuy]/g, ''));
  }
  if (bsontype === 'Long' || bsontype === 'Int32' || bsontype === 'Double') {
    return Number((v as { toString(): string }).toString());
  }
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) out[k] = toPlain(val);
  return out;
}
