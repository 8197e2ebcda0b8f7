import { EJSON } from 'bson';

/**
 * The store keeps documents as plain JS values; Dates are the only non-JSON type
 * the SDK sends us. EJSON keeps them typed on disk and on the wire.
 */
export function encode(value: unknown): string {
  return EJSON.stringify(value as Parameters<typeof EJSON.stringify>[0], { relaxed: true });
}

export function decode<T = unknown>(text: string): T {
  return toPlain(EJSON.parse(text, { relaxed: true })) as T;
}

/**
 * For what the store wrote itself (journal, snapshot): relaxed EJSON, where Dates
 * are the only typed values in practice. JSON.parse with a reviver reads those
 * several times faster than EJSON.parse, which cold start feels on large data;
 * any other `$` type falls back to the full decoder.
 */
export function decodeStored<T = unknown>(text: string): T {
  if (OTHER_EJSON_TYPE.test(text)) return decode<T>(text);
  return JSON.parse(text, reviveDate) as T;
}

const OTHER_EJSON_TYPE = /"\$(?!date")/;

function reviveDate(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const d = (value as { $date?: unknown }).$date;
    if (typeof d === 'string' && Object.keys(value).length === 1) return new Date(d);
  }
  return value;
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
