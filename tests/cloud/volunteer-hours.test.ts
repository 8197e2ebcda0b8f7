import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { actAs, ROOT, startTestCloud } from './helpers';

describe('我的活动: total service hours', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions'), seedDemo: true, strictIndexes: true });
  });
  after(() => cloud.close());

  it('adds up the hours credited to the caller only, over an index', async () => {
    const mine = await (await actAs(cloud, 'demo_member_a'))('volunteer', 'myHours');
    assert.ok(mine.ok, JSON.stringify(mine));
    assert.deepEqual(mine.data, { hours: 3, activities: 1 }); // the finished 义诊
    const none = await (await actAs(cloud, 'demo_member_b'))('volunteer', 'myHours');
    assert.deepEqual(none.data, { hours: 0, activities: 0 });
    const bad = await (await actAs(cloud, 'demo_member_a'))('volunteer', 'myHours', { openid: 'demo_crew' });
    assert.equal(bad.ok, false, 'no one asks for another person’s hours');
  });
});
