import { find as mingoFind } from 'mingo';
import { decode } from '../store/codec';
import { StoreError } from '../store/errors';
import type { AnyObject, Doc, DocId, SortSpec } from '../store/types';

/** Decodes an EJSON parameter, turning `db.serverDate()` markers into Dates. */
export function ejsonParam(value: unknown, name: string): AnyObject {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'string') throw new StoreError('INVALID_PARAM', `参数 ${name} 必须是 EJSON 字符串`);
  let parsed: unknown;
  try {
    parsed = decode(value);
  } catch {
    throw new StoreError('INVALID_PARAM', `参数 ${name} 不是合法的 EJSON`);
  }
  return resolveServerDates(parsed) as AnyObject;
}

function resolveServerDates(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date || v instanceof RegExp) return v;
  if (Array.isArray(v)) return v.map(resolveServerDates);
  const marker = (v as AnyObject)['$tcb_server_date'] as { offset?: number } | undefined;
  if (marker && Object.keys(v).length === 1) return new Date(Date.now() + Number(marker.offset ?? 0));
  const out: AnyObject = {};
  for (const [k, val] of Object.entries(v)) out[k] = resolveServerDates(val);
  return out;
}

export function sortParam(value: unknown): SortSpec {
  const order = ejsonParam(value, 'order');
  return Object.entries(order).map(([f, d]) => [f, Number(d) < 0 ? -1 : 1]);
}

export function stringParam(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw new StoreError('INVALID_PARAM', `缺少参数 ${name}`);
  return value;
}

/** The `_id` a DOC-type request addresses. */
export function docIdParam(query: AnyObject): DocId {
  const id = query['_id'];
  if (typeof id !== 'string' && typeof id !== 'number') throw new StoreError('INVALID_PARAM', '缺少文档 _id');
  return id;
}

export function project(docs: Doc[], projection: AnyObject): AnyObject[] {
  const keys = Object.keys(projection);
  if (keys.length === 0) return docs;
  return topLevelProjection(projection, keys)?.(docs) ?? (mingoFind(docs, {}, projection).all() as AnyObject[]);
}

/**
 * The common `field({a: true, b: true})` (or all false) on top-level fields, picked directly: mingo's
 * general projection cost more than the query itself on list reads. Anything else goes to mingo.
 */
function topLevelProjection(projection: AnyObject, keys: string[]): ((docs: Doc[]) => AnyObject[]) | null {
  const flag = (v: unknown) => (v === true || v === 1 ? true : v === false || v === 0 ? false : null);
  if (keys.some((k) => k.includes('.') || k.startsWith('$') || flag(projection[k]) === null)) return null;
  const others = keys.filter((k) => k !== '_id');
  const withId = flag(projection['_id']) ?? true;
  const include = others.length > 0 ? flag(projection[others[0]!]) : withId;
  if (others.some((k) => flag(projection[k]) !== include)) return null;
  if (!include) {
    const drop = new Set(withId ? others : [...others, '_id']);
    return (docs) => docs.map((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !drop.has(k))));
  }
  const pick = withId ? ['_id', ...others] : others;
  return (docs) =>
    docs.map((d) => {
      const out: AnyObject = {};
      for (const k of pick) if (Object.hasOwn(d, k) && d[k] !== undefined) out[k] = d[k];
      return out;
    });
}

/** CloudBase returns at most 1000 documents and 100 when no limit is given. */
export function limitParam(value: unknown): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return 100;
  return Math.min(Math.floor(n), 1000);
}
