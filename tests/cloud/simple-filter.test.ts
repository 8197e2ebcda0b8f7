// The store's own matcher for simple filters must answer exactly as mingo does, whatever the documents hold.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Query } from 'mingo';
import { simpleFilter } from '../../cloud/local/store/simple-filter';
import { seededRandom } from './helpers';

const rnd = seededRandom(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const SCALARS = ['a', 'b', '1', 1, 2, 0, -0, 1.5, true, false, ''] as const;
const value = (): unknown =>
  pick([
    () => pick(SCALARS),
    () => pick(SCALARS),
    () => null,
    () => undefined,
    () => [pick(SCALARS), pick(SCALARS)],
    () => [],
    () => ({ x: pick(SCALARS) }),
    () => new Date(1_700_000_000_000),
  ])();

describe('simple filters without mingo', () => {
  it('match as mingo does on random documents: equality and $in on top-level fields', () => {
    let simple = 0;
    for (let i = 0; i < 3000; i++) {
      const filter: Record<string, unknown> = {};
      for (const f of ['k', 'status'].slice(0, 1 + Math.floor(rnd() * 2))) {
        filter[f] = rnd() < 0.5 ? pick(SCALARS) : { $in: Array.from({ length: Math.floor(rnd() * 4) }, () => pick(SCALARS)) };
      }
      const doc: Record<string, unknown> = { _id: `d${i}` };
      for (const f of ['k', 'status']) if (rnd() < 0.9) doc[f] = value();
      const mingo = new Query(filter);
      const matcher = simpleFilter(filter, () => mingo);
      assert.ok(matcher, JSON.stringify(filter));
      simple++;
      assert.equal(matcher.test(doc), mingo.test(doc), `${JSON.stringify(filter)} on ${JSON.stringify(doc)}`);
    }
    assert.equal(simple, 3000);
  });

  it('leaves every other form to mingo', () => {
    const general = () => new Query({});
    for (const filter of [
      { 'a.b': 1 },
      { a: null },
      { a: { $gt: 1 } },
      { a: { $in: [1, null] } },
      { a: { $in: [1], $nin: [2] } },
      { a: new Date(0) },
      { a: /x/ },
      { a: [1, 2] },
      { $or: [{ a: 1 }] },
      { a: { b: 1 } },
    ]) {
      assert.equal(simpleFilter(filter, general), null, JSON.stringify(filter, (_k, v) => (v instanceof RegExp ? String(v) : v)));
    }
  });
});
