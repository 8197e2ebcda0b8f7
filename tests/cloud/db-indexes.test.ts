import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Database } from '../../cloud/local/store/database';

const INDEXES = {
  points: [
    { name: 'branch_total', fields: [['branchId', 1], ['total', -1]] as Array<[string, 1 | -1]> },
    { name: 'total', fields: [['total', -1]] as Array<[string, 1 | -1]> },
  ],
};

function seeded(strict: boolean, warnings: string[] = []): Database {
  const db = Database.open({ indexes: INDEXES, strictIndexes: strict, largeCollection: 100, warn: (m) => warnings.push(m) });
  db.insert(
    'points',
    Array.from({ length: 500 }, (_v, i) => ({ _id: `m${i}`, branchId: `b${i % 5}`, total: (i * 37) % 101, name: `党员${i}` })),
  );
  return db;
}

describe('declared indexes', () => {
  it('answers indexed queries exactly as a scan would', () => {
    const db = seeded(true);
    const viaIndex = db.find('points', { branchId: 'b2', total: { $gte: 50 } }, { sort: [['total', -1]], limit: 20 });
    const all = [...db.collection('points').docs.values()]
      .filter((d) => d['branchId'] === 'b2' && (d['total'] as number) >= 50)
      .sort((a, b) => (b['total'] as number) - (a['total'] as number));
    assert.deepEqual(
      viaIndex.map((d) => d['total']),
      all.slice(0, 20).map((d) => d['total']),
    );
    const top = db.find('points', {}, { sort: [['total', -1]], limit: 5 });
    assert.deepEqual(top.map((d) => d['total']), [100, 100, 100, 100, 100]);
    const asc = db.find('points', { branchId: { $in: ['b1', 'b3'] } }, { sort: [['total', 1]], limit: 3 });
    const expectedAsc = [...db.collection('points').docs.values()]
      .filter((d) => ['b1', 'b3'].includes(d['branchId'] as string))
      .map((d) => d['total'] as number)
      .sort((a, b) => a - b)
      .slice(0, 3);
    assert.deepEqual(asc.map((d) => d['total']), expectedAsc);
    assert.ok(asc.every((d) => ['b1', 'b3'].includes(d['branchId'] as string)));
    assert.equal(db.count('points', { branchId: 'b4' }), 100);
  });

  it('fails a query that no index serves on a large collection, in strict mode', () => {
    const db = seeded(true);
    assert.throws(() => db.find('points', { name: '党员7' }), { code: 'LOCALCLOUD_UNINDEXED_QUERY' });
    assert.throws(() => db.find('points', {}, { sort: [['name', 1]] }), /没有可用的索引/);
    assert.equal(db.find('points', { _id: 'm7' }).length, 1, '_id lookups never scan');
  });

  it('only warns, once per query shape, outside strict mode', () => {
    const warnings: string[] = [];
    const db = seeded(false, warnings);
    assert.equal(db.find('points', { name: '党员7' }).length, 1);
    db.find('points', { name: '党员8' });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /points（500 条）/);
  });

  it('stops using an index once a document holds an array in its field, and stays correct', () => {
    const strict = seeded(true);
    strict.insert('points', [{ _id: 'arr', branchId: ['b1', 'b2'], total: 1000 }]);
    assert.throws(() => strict.find('points', { branchId: 'b1' }), { code: 'LOCALCLOUD_UNINDEXED_QUERY' });
    const lenient = seeded(false);
    lenient.insert('points', [{ _id: 'arr', branchId: ['b1', 'b2'], total: 1000 }]);
    const b1 = lenient.find('points', { branchId: 'b1' }, { sort: [['total', -1]], limit: 1 });
    assert.equal(b1[0]!._id, 'arr', 'the array element still matches');
  });
});
