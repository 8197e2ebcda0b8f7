import { MAX_KEY, MIN_KEY } from './compare';
import type { IndexKey, SecondaryIndex } from './secondary-index';
import type { AnyObject, DocId, SortSpec } from './types';

/** What the query says about one field, as far as an index can use it. */
interface FieldBounds {
  eq?: unknown[];
  lo?: unknown;
  hi?: unknown;
}

export type Plan =
  | { kind: 'ids'; ids: DocId[] }
  | {
      kind: 'index';
      index: SecondaryIndex;
      ranges: Array<[IndexKey, IndexKey]>;
      /** 'asc'/'desc' when walking the ranges in that order yields the requested sort. */
      order: 'asc' | 'desc' | null;
    }
  | { kind: 'scan' };

const MAX_POINTS = 1000;

function isScalar(v: unknown): boolean {
  return v === null || v instanceof Date || ['string', 'number', 'boolean'].includes(typeof v);
}

function isOperatorObject(v: unknown): v is AnyObject {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    !(v instanceof RegExp) &&
    Object.keys(v).length > 0 &&
    Object.keys(v).every((k) => k.startsWith('$'))
  );
}

/** Collects index-usable bounds from the top level of a filter (and its $and). */
export function extractBounds(filter: AnyObject, out = new Map<string, FieldBounds>()): Map<string, FieldBounds> {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const sub of value) if (sub && typeof sub === 'object') extractBounds(sub as AnyObject, out);
      continue;
    }
    if (key.startsWith('$')) continue;
    const b = out.get(key) ?? {};
    if (isScalar(value)) {
      b.eq = [value];
    } else if (isOperatorObject(value)) {
      for (const [op, arg] of Object.entries(value)) {
        if (op === '$eq' && isScalar(arg)) b.eq = [arg];
        else if (op === '$in' && Array.isArray(arg) && arg.every(isScalar) && arg.length > 0) b.eq ??= arg;
        else if ((op === '$gt' || op === '$gte') && isScalar(arg)) b.lo = arg;
        else if ((op === '$lt' || op === '$lte') && isScalar(arg)) b.hi = arg;
      }
    } else continue;
    out.set(key, b);
  }
  return out;
}

/**
 * Chooses how to answer a query: by `_id`, by the declared index that pins the
 * most leading fields (and serves the sort when it can), or by a full scan.
 */
export function planQuery(filter: AnyObject, sort: SortSpec, indexes: readonly SecondaryIndex[]): Plan {
  const bounds = extractBounds(filter);
  const idEq = bounds.get('_id')?.eq;
  if (idEq) return { kind: 'ids', ids: idEq as DocId[] };

  let best: { score: number; plan: Plan } | null = null;
  for (const index of indexes) {
    if (index.multikey) continue;
    const fields = index.spec.fields;
    let eqCount = 0;
    let points: unknown[][] = [[]];
    while (eqCount < fields.length) {
      const eq = bounds.get(fields[eqCount]![0])?.eq;
      if (!eq || points.length * eq.length > MAX_POINTS) break;
      points = points.flatMap((p) => eq.map((v) => [...p, v]));
      eqCount++;
    }
    const next = fields[eqCount];
    const nb = next ? bounds.get(next[0]) : undefined;
    const hasRange = !!nb && (nb.lo !== undefined || nb.hi !== undefined);
    const order = points.length === 1 ? sortOrder(sort, fields.slice(eqCount), bounds) : sort.length ? null : 'asc';
    const score = eqCount * 10 + (hasRange ? 5 : 0) + (order && sort.length ? 3 : 0);
    if (score === 0) continue;
    const ranges = points.map((p): [IndexKey, IndexKey] => {
      if (!hasRange || !next) return [[...p, MIN_KEY], [...p, MAX_KEY]];
      // In key order a descending field runs from high values to low ones.
      const [loV, hiV] = next[1] === 1 ? [nb!.lo, nb!.hi] : [nb!.hi, nb!.lo];
      return [
        [...p, loV === undefined ? MIN_KEY : loV, MIN_KEY],
        [...p, hiV === undefined ? MAX_KEY : hiV, MAX_KEY],
      ];
    });
    if (!best || score > best.score) best = { score, plan: { kind: 'index', index, ranges, order } };
  }
  return best?.plan ?? { kind: 'scan' };
}

/** Whether walking an index (after its equality prefix) gives `sort`, forwards or backwards. */
function sortOrder(sort: SortSpec, rest: SortSpec, bounds: Map<string, FieldBounds>): 'asc' | 'desc' | null {
  const wanted = sort.filter(([f]) => bounds.get(f)?.eq?.length !== 1);
  if (wanted.length === 0) return 'asc';
  if (wanted.length > rest.length) return null;
  let same = true;
  let flipped = true;
  for (let i = 0; i < wanted.length; i++) {
    const [wf, wd] = wanted[i]!;
    const [rf, rd] = rest[i]!;
    if (wf !== rf) return null;
    if (wd !== rd) same = false;
    else flipped = false;
  }
  return same ? 'asc' : flipped ? 'desc' : null;
}
