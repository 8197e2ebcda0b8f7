import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decode, decodeStored, encode } from '../../cloud/local/store/codec';

describe('stored-record codec', () => {
  const samples: unknown[] = [
    { _id: 'a', at: new Date('2026-11-24T08:00:00.000Z'), n: 1.5, tags: ['x', { when: new Date(0) }], nested: { ok: true, none: null } },
    { _id: 'old', born: new Date('1949-10-01T00:00:00.000Z') }, // before 1970: relaxed EJSON writes $numberLong
    { _id: 'money', label: '$100 补贴', re: /^长江/i }, // a "$" in a string and a RegExp: the full decoder
    [{ coll: 'c', put: { _id: 'x', d: new Date('2026-01-01T00:00:00.000Z') } }, { coll: 'c', del: 'y' }],
  ];

  it('reads back exactly what the full EJSON decoder reads', () => {
    for (const value of samples) {
      const text = encode(value);
      assert.deepEqual(decodeStored(text), decode(text), text);
    }
  });

  it('revives dates as Date objects', () => {
    const doc = decodeStored<{ at: Date; tags: [string, { when: Date }] }>(encode(samples[0]));
    assert.ok(doc.at instanceof Date);
    assert.equal(doc.at.toISOString(), '2026-11-24T08:00:00.000Z');
    assert.ok(doc.tags[1].when instanceof Date);
    const old = decodeStored<{ born: Date }>(encode(samples[1]));
    assert.equal(old.born.toISOString(), '1949-10-01T00:00:00.000Z');
  });
});
