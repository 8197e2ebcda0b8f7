/**
 * Total order over stored values, following MongoDB's BSON comparison order
 * (null < numbers < strings < objects < arrays < booleans < dates), so that
 * index scans and sorted results agree with what CloudBase returns.
 */
export const MIN_KEY = Symbol('MIN_KEY');
export const MAX_KEY = Symbol('MAX_KEY');

function typeRank(v: unknown): number {
  if (v === MIN_KEY) return -1;
  if (v === undefined || v === null) return 1;
  if (typeof v === 'number' || typeof v === 'bigint') return 2;
  if (typeof v === 'string') return 3;
  if (v instanceof Date) return 9;
  if (Array.isArray(v)) return 5;
  if (typeof v === 'boolean') return 8;
  if (v === MAX_KEY) return 100;
  if (v instanceof RegExp) return 11;
  return 4; // plain object
}

export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 1:
    case -1:
    case 100:
      return 0;
    case 2:
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    case 3:
      return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
    case 8:
      return a === b ? 0 : a ? 1 : -1;
    case 9:
      return Math.sign((a as Date).getTime() - (b as Date).getTime());
    case 5:
      return compareArrays(a as unknown[], b as unknown[]);
    default:
      return compareObjects(a as Record<string, unknown>, b as Record<string, unknown>);
  }
}

function compareArrays(a: unknown[], b: unknown[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i], b[i]);
    if (c !== 0) return c;
  }
  return Math.sign(a.length - b.length);
}

function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const n = Math.min(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    const kc = compareValues(ka[i], kb[i]);
    if (kc !== 0) return kc;
    const vc = compareValues(a[ka[i]!], b[kb[i]!]);
    if (vc !== 0) return vc;
  }
  return Math.sign(ka.length - kb.length);
}

/** Reads a dotted path ("a.b.c") from a document; undefined when absent. */
export function getPath(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}
