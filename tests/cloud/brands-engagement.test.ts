import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { LocalCloud } from '../../cloud/local/server';
import { callMany, okData, refusedWith } from './helpers';
import { brandContent, publishBrand, startBrandsCloud } from './brands-fixture';

EventEmitter.defaultMaxListeners = 1000;

describe('brands: views, likes, share cards and the carousel', () => {
  let cloud: LocalCloud;
  let b: Awaited<ReturnType<typeof startBrandsCloud>>['b'];
  let id: string;
  before(async () => {
    ({ cloud, b } = await startBrandsCloud());
    id = await publishBrand(b, 'sec_a1', 'br_a1');
  });
  after(() => cloud.close());
  const ref = () => ({ kind: 'brand', id });

  it('counts every view of a burst, none lost, over sharded counters', async () => {
    const people = Array.from({ length: 300 }, (_v, i) => `viewer_${i}`);
    const { bodies } = await callMany(cloud, people, 'brands', 'view', ref(), 100);
    assert.ok(
      bodies.every((x) => x.ok),
      JSON.stringify(bodies.find((x) => !x.ok)),
    );
    const shards = cloud.db.find('brandCounters', { target: `brand:${id}`, metric: 'views' }) as any[];
    assert.ok(shards.length > 1, 'the burst spread over several shards');
    assert.equal(
      shards.reduce((s, d) => s + d.n, 0),
      300,
    );
    assert.equal(okData(await b('mem_a1', 'brand', { id })).engagement.views, 300);
  });

  it('one like per person however many taps arrive at once; unlike takes it back', async () => {
    const taps = Array.from({ length: 50 }, () => 'mem_a1');
    const { bodies } = await callMany(cloud, taps, 'brands', 'like', ref(), 50);
    assert.ok(
      bodies.every((x) => x.ok && x.data.liked),
      JSON.stringify(bodies.find((x) => !x.ok)),
    );
    const view = okData(await b('mem_a1', 'brand', { id }));
    assert.equal(view.engagement.likes, 1);
    assert.equal(view.engagement.liked, true);
    assert.equal(cloud.db.find('brandLikes', { target: `brand:${id}` }).length, 1);

    const { bodies: off } = await callMany(
      cloud,
      Array.from({ length: 20 }, () => 'mem_a1'),
      'brands',
      'unlike',
      ref(),
      20,
    );
    assert.ok(off.every((x) => x.ok && !x.data.liked));
    assert.equal(okData(await b('mem_a2', 'brand', { id })).engagement.likes, 0);
    assert.equal(okData(await b('mem_a1', 'like', ref())).likes, 1);
  });

  it('likes from many people at once all count', async () => {
    const people = Array.from({ length: 60 }, (_v, i) => `liker_${i}`);
    const { bodies } = await callMany(cloud, people, 'brands', 'like', ref(), 60);
    assert.ok(
      bodies.every((x) => x.ok),
      JSON.stringify(bodies.find((x) => !x.ok)),
    );
    assert.equal(okData(await b('mem_a2', 'brand', { id })).engagement.likes, 61);
    const shards = cloud.db.find('brandCounters', { target: `brand:${id}`, metric: 'likes' }) as any[];
    assert.equal(
      shards.reduce((s, d) => s + d.n, 0),
      cloud.db.find('brandLikes', { target: `brand:${id}`, active: true }).length,
    );
  });

  it('drafts cannot be liked, viewed or shared', async () => {
    okData(await b('sec_a2', 'saveBrand', { branchId: 'br_a2', baseVersion: 0, content: brandContent() }));
    for (const action of ['view', 'like', 'share'])
      refusedWith(await b('mem_a1', action, { kind: 'brand', id: 'b-br_a2' }), 'NOT_FOUND');
    refusedWith(await b('mem_a1', 'like', { kind: 'poster', id }), 'INVALID_INPUT');
  });

  it('gives a share card with title, page path and image', async () => {
    const card = okData(await b('crew_x', 'share', ref()));
    assert.deepEqual(card, {
      title: '红帆领航、生态卫士｜支部有品牌、服务有特色、工作有亮点',
      path: `/packages/brands/pages/brand/index?id=${id}`,
      imageUrl: null,
    });
  });

  it('the org admin orders the carousel; only published items, and only what is still published shows', async () => {
    refusedWith(await b('sec_a1', 'saveCarousel', { baseVersion: 0, items: [ref()] }), 'FORBIDDEN');
    refusedWith(
      await b('admin_a', 'saveCarousel', { baseVersion: 0, items: [ref(), { kind: 'brand', id: 'b-br_a2' }] }),
      'INVALID_INPUT',
      /第 2 项不存在或尚未发布/,
    );
    refusedWith(await b('admin_a', 'saveCarousel', { baseVersion: 0, items: [ref(), ref()] }), 'INVALID_INPUT', /重复/);
    const main = await publishBrand(b, 'admin_a', null, brandContent({ name: '济舟先锋', slogan: '' }));
    const saved = okData(
      await b('admin_a', 'saveCarousel', { baseVersion: 0, items: [{ kind: 'brand', id: main }, ref()] }),
    );
    assert.deepEqual(
      saved.items.map((i: any) => i.id),
      [main, id],
    );
    assert.equal(saved.items[0].subtitle, '济宁市港航事业发展中心党委');
    refusedWith(await b('admin_a', 'saveCarousel', { baseVersion: 0, items: [ref()] }), 'CONFLICT');
    const read = okData(await b('mem_a2', 'carousel', {}));
    assert.deepEqual(
      read.items.map((i: any) => i.path),
      [`/packages/brands/pages/brand/index?id=${main}`, `/packages/brands/pages/brand/index?id=${id}`],
    );
    okData(await b('admin_a', 'unpublish', { kind: 'brand', id: main }));
    assert.deepEqual(
      okData(await b('crew_x', 'carousel', { orgId: 'org_a' })).items.map((i: any) => i.id),
      [id],
    );
    assert.deepEqual(okData(await b('crew_x', 'carousel', {})).items, []);
  });
});
