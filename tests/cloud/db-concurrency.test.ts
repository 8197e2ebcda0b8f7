import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { sdk, startTestCloud, tempDir } from './helpers';
import fs from 'node:fs';
import path from 'node:path';

describe('concurrency and unique indexes', () => {
  let cloud: LocalCloud;
  const { db, _ } = sdk();

  before(async () => {
    const dir = tempDir();
    const indexes = path.join(dir, 'indexes.json');
    fs.writeFileSync(
      indexes,
      JSON.stringify({ enrollments: [{ name: 'activity_member', fields: [['activityId', 1], ['openid', 1]], unique: true }] }),
    );
    cloud = await startTestCloud({ dataDir: path.join(dir, 'data'), indexesFile: indexes });
  });
  after(() => cloud.close());

  it('300 concurrent conditional decrements leave exactly the right count', async () => {
    await db.collection('activities').add({ data: { _id: 'act1', remaining: 120 } });
    const results = await Promise.all(
      Array.from({ length: 300 }, () =>
        db
          .collection('activities')
          .where({ _id: 'act1', remaining: _.gt(0) })
          .update({ data: { remaining: _.inc(-1) } }),
      ),
    );
    const took = results.filter((r: { stats: { updated: number } }) => r.stats.updated === 1).length;
    assert.equal(took, 120);
    assert.equal((await db.collection('activities').doc('act1').get()).data.remaining, 0);
  });

  it('a unique index refuses a second document with the same key', async () => {
    await db.collection('enrollments').add({ data: { activityId: 'act1', openid: 'u1' } });
    await assert.rejects(
      db.collection('enrollments').add({ data: { activityId: 'act1', openid: 'u1' } }),
      /E11000 duplicate key error collection: enrollments index: activity_member/,
    );
    await db.collection('enrollments').add({ data: { activityId: 'act1', openid: 'u2' } });
    const moved = db.collection('enrollments').where({ openid: 'u2' }).update({ data: { openid: 'u1' } });
    await assert.rejects(moved, /duplicate key/);
    assert.equal((await db.collection('enrollments').count()).total, 2);
  });

  it('concurrent inserts of one key admit exactly one', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () => db.collection('enrollments').add({ data: { activityId: 'act2', openid: 'u9' } })),
    );
    assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1);
  });
});
