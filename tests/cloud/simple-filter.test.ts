// The store's own matcher for simple filters must answer exactly as mingo does, whatever the documents hold.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Query } from 'mingo';
import { simpleFilter } from '../../cloud/local/store/simple-filter';
import { seededRandom } from './helpers';

const rnd = seededRandom(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const DATES = [new Date(1_700_000_000_000), new Date(1_700_000_000_001), new Date(0)];
const PRIMITIVES = ['a', 'b', '1', '2026-11-30', '', 1, 2, 0, -0, 1.5, -3, true, false] as const;
const scalar = () => (rnd() < 0.2 ? pick(DATES) : pick(PRIMITIVES));
const value = (): unknown =>
  pick([scalar, scalar, scalar, () => null, () => undefined, () => [scalar(), scalar()], () => [], () => ({ x: scalar() }), () => new Date(NaN)])();

/** A random condition on one field: a value, one operator, or a range of two. */
function condition(): unknown {
  const op = pick(['value', '$eq', '$ne', '$in', '$gt', '$gte', '$lt', '$lte', 'range']);
  if (op === 'value') return scalar();
  if (op === '$in') return { $in: Array.from({ length: Math.floor(rnd() * 4) }, () => pick(PRIMITIVES)) };
  if (op === 'range') return { [pick(['$gt', '$gte'])]: scalar(), [pick(['$lt', '$lte'])]: scalar() };
  return { [op]: scalar() };
}

const show = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (v === undefined ? 'undefined' : v));

describe('simple filters without mingo', () => {
  it('match as mingo does on random documents: equality, $ne, $in and ranges on top-level fields, dates included', () => {
    for (let i = 0; i < 20000; i++) {
      const filter: Record<string, unknown> = {};
      for (const f of ['k', 'status'].slice(0, 1 + Math.floor(rnd() * 2))) filter[f] = condition();
      const doc: Record<string, unknown> = { _id: `d${i}` };
      for (const f of ['k', 'status']) if (rnd() < 0.9) doc[f] = value();
      const mingo = new Query(filter);
      const matcher = simpleFilter(filter, () => mingo);
      assert.ok(matcher, show(filter));
      assert.equal(matcher.test(doc), mingo.test(doc), `${show(filter)} on ${show(doc)}`);
    }
  });

  it('leaves every other form to mingo', () => {
    const general = () => new Query({});
    for (const filter of [
      { 'a.b': 1 },
      { a: null },
      { a: { $in: [1, null] } },
      { a: { $in: [new Date(0)] } },
      { a: { $in: [1], $nin: [2] } },
      { a: { $gt: null } },
      { a: {} },
      { a: /x/ },
      { a: [1, 2] },
      { $or: [{ a: 1 }] },
      { a: { b: 1 } },
      { a: new Date(NaN) },
    ]) {
      assert.equal(simpleFilter(filter, general), null, show(filter));
    }
  });
});
