import path from 'node:path';
import { Query, type update } from 'mingo';
import type { AnyObject } from './types';

import { simpleFilter, type Matcher } from './simple-filter';

export type { Matcher };

type QueryClass = new (filter: AnyObject, options: object) => Matcher;

/**
 * Applies update operators (`$set`, `$inc`, …) to `doc` in place; the changed fields. mingo's
 * public update() hands the updater its full operator table, which the updater copies and
 * extends on every call (a tenth of a sign-up's time); the updater module itself brings the
 * query and comparison operators updates use, and copies only those.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- mingo/updater has types only under node16 resolution
export const applyUpdate = (require('mingo/updater') as { update: typeof update }).update;

/**
 * A compiled filter. mingo's `new Query(filter)` copies its whole operator table
 * for every query (about a twentieth of a database request's time); given options
 * built once, it does not. Those options come from mingo's files rather than its
 * public exports (ComputeOptions is internal), so if a mingo release moves them,
 * or the shortcut answers a probe differently, this falls back to the public
 * constructor: slower, same answers.
 */
const compileGeneral: (filter: AnyObject) => Matcher = prebuilt() ?? ((filter) => new Query(filter));

/** A filter's matcher: the simple form's own (see simple-filter.ts), else mingo's. */
export function compileFilter(filter: AnyObject): Matcher {
  return simpleFilter(filter, () => compileGeneral(filter)) ?? compileGeneral(filter);
}

function prebuilt(): ((filter: AnyObject) => Matcher) | null {
  try {
    const dir = path.join(path.dirname(require.resolve('mingo/package.json')), 'cjs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- mingo's own files, see above
    const load = (file: string) => require(path.join(dir, file)) as Record<string, unknown>;
    const internal = load('core/_internal.js') as {
      ComputeOptions: { init(options: object): object };
      Context: { init(ops: Record<string, unknown>): object };
    };
    const operators = Object.fromEntries(
      ['accumulator', 'expression', 'pipeline', 'projection', 'query', 'window'].map((t) => [t, load(`operators/${t}/index.js`)]),
    );
    const options = internal.ComputeOptions.init({ context: internal.Context.init(operators) });
    const Base = Object.getPrototypeOf(Query) as QueryClass; // the class mingo's public Query extends
    const compile = (filter: AnyObject): Matcher => new Base(filter, options);
    const probe = { a: 2, b: [1, 'x'], d: new Date(5), s: 'Abc' };
    const yes = { a: { $gt: 1 }, b: { $elemMatch: { $eq: 'x' } }, $expr: { $eq: ['$a', 2] }, d: { $lt: new Date(6) }, s: /^a/i };
    const no = { $or: [{ a: { $in: [3] } }, { b: { $size: 3 } }] };
    return compile(yes).test(probe) && !compile(no).test(probe) ? compile : null;
  } catch {
    return null;
  }
}
