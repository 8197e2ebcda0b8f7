import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { sdk, startTestCloud } from './helpers';

describe('aggregation through wx-server-sdk', () => {
  let cloud: LocalCloud;
  const { db, _ } = sdk();
  const $ = _.aggregate;

  before(async () => {
    cloud = await startTestCloud();
    await db.collection('branches').add({
      data: [
        { _id: 'b1', name: '机关第一党支部' },
        { _id: 'b2', name: '航道党支部' },
      ],
    });
    await db.collection('ledger').add({
      data: [
        { member: 'a', branchId: 'b1', points: 5, year: 2026 },
        { member: 'a', branchId: 'b1', points: 3, year: 2026 },
        { member: 'b', branchId: 'b1', points: -2, year: 2026 },
        { member: 'c', branchId: 'b2', points: 7, year: 2026 },
        { member: 'c', branchId: 'b2', points: 9, year: 2025 },
      ],
    });
  });
  after(() => cloud.close());

  it('groups, sums, counts and sorts', async () => {
    const { list } = await db
      .collection('ledger')
      .aggregate()
      .match({ year: 2026 })
      .group({ _id: '$member', total: $.sum('$points'), entries: $.sum(1) })
      .sort({ total: -1 })
      .end();
    assert.deepEqual(list, [
      { _id: 'a', total: 8, entries: 2 },
      { _id: 'c', total: 7, entries: 1 },
      { _id: 'b', total: -2, entries: 1 },
    ]);
  });

  it('joins with $lookup and projects', async () => {
    const { list } = await db
      .collection('ledger')
      .aggregate()
      .match({ year: 2026 })
      .group({ _id: '$branchId', total: $.sum('$points') })
      .lookup({ from: 'branches', localField: '_id', foreignField: '_id', as: 'branch' })
      .project({ _id: 0, total: 1, name: $.arrayElemAt(['$branch.name', 0]) })
      .sort({ total: -1 })
      .end();
    assert.deepEqual(list, [
      { total: 7, name: '航道党支部' },
      { total: 6, name: '机关第一党支部' },
    ]);
  });
});
