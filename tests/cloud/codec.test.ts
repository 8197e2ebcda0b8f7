import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { decode, decodeFull, decodeStored, encode, encodeFull } from '../../cloud/local/store/codec';
import { FIXTURE } from '../../scripts/sdk-capture';

const samples: unknown[] = [
  { _id: 'a', at: new Date('2026-11-24T08:00:00.000Z'), n: 1.5, tags: ['x', { when: new Date(0) }], nested: { ok: true, none: null } },
  { _id: 'old', born: new Date('1949-10-01T00:00:00.000Z') }, // before 1970: relaxed EJSON writes $numberLong
  { _id: 'money', label: '$100 补贴', re: /^长江/i }, // a "$" in a string and a RegExp
  [{ coll: 'c', put: { _id: 'x', d: new Date('2026-01-01T00:00:00.000Z') } }, { coll: 'c', del: 'y' }],
  { ms: new Date('2026-01-01T00:00:00.123Z'), far: new Date('+010000-01-01T00:00:00Z'), bad: new Date(NaN), pre: new Date(-1) },
  { nan: NaN, inf: Infinity, ninf: -Infinity, z: -0, big: 2 ** 53 + 2, small: 1e-7, e: 1e21, neg: -5 },
  { u: undefined, arr: [undefined, 1, null], deep: { a: [{ b: [new Date(86_400_000)] }] } },
  { text: 'a"$date"b', odd: '{"$numberInt":"1"}', empty: {}, list: [] },
];

describe('codec: the fast paths read and write what bson does', () => {
  it('encodes every sample as bson’s relaxed EJSON does', () => {
    for (const value of samples) assert.equal(encode(value), encodeFull(value));
  });

  it('decodes every sample as bson does', () => {
    for (const value of samples) {
      const text = encodeFull(value);
      assert.deepEqual(decode(text), decodeFull(text), text);
      assert.deepEqual(decodeStored(text), decodeFull(text), text);
    }
  });

  it('decodes every parameter the pinned SDK sends as bson does', () => {
    const requests = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Array<{ body: Record<string, unknown> }>;
    const texts = requests.flatMap(({ body }) => [
      ...['query', 'data', 'order', 'projection'].map((k) => body[k]).filter((v): v is string => typeof v === 'string'),
      ...((body['stages'] as Array<{ stageValue: string }> | undefined) ?? []).map((s) => s.stageValue),
      ...(Array.isArray(body['data']) ? (body['data'] as string[]) : []),
    ]);
    assert.ok(texts.length > 20);
    for (const text of texts) assert.deepEqual(decode(text), decodeFull(text), text);
  });

  it('hands other EJSON types to bson', () => {
    const text = '{"_id":{"$oid":"5f1d7f0a1c9d440000a1b2c3"},"n":{"$numberDecimal":"1.5"},"legacy":{"$regex":"^a","$options":"i"}}';
    assert.deepEqual(decode(text), decodeFull(text));
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
