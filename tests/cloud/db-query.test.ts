import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { sdk, startTestCloud } from './helpers';

describe('queries through wx-server-sdk', () => {
  let cloud: LocalCloud;
  const { db, _ } = sdk();
  const ships = () => db.collection('ships');

  before(async () => {
    cloud = await startTestCloud();
    const rows = [
      { _id: 's1', name: '长江之星', tons: 1200, port: '武汉', tags: ['客运', '夜航'], built: new Date('2015-03-01') },
      { _id: 's2', name: '汉江号', tons: 800, port: '武汉', tags: ['货运'], built: new Date('2018-06-01') },
      { _id: 's3', name: '皖江一号', tons: 3000, port: '安庆', tags: ['货运', '危化品'], built: new Date('2020-01-01') },
      { _id: 's4', name: '芜湖港拖轮', tons: 150, port: '芜湖', built: new Date('2010-09-09'), owner: { city: '芜湖' } },
    ];
    for (const r of rows) await ships().add({ data: r });
  });
  after(() => cloud.close());

  const ids = (res: { data: Array<{ _id: string }> }) => res.data.map((d) => d._id).sort();

  it('matches comparison operators', async () => {
    assert.deepEqual(ids(await ships().where({ tons: _.gt(800) }).get()), ['s1', 's3']);
    assert.deepEqual(ids(await ships().where({ tons: _.gte(800).and(_.lt(3000)) }).get()), ['s1', 's2']);
    assert.deepEqual(ids(await ships().where({ tons: _.lte(150) }).get()), ['s4']);
    assert.deepEqual(ids(await ships().where({ port: _.neq('武汉') }).get()), ['s3', 's4']);
    assert.deepEqual(ids(await ships().where({ port: _.in(['安庆', '芜湖']) }).get()), ['s3', 's4']);
    assert.deepEqual(ids(await ships().where({ port: _.nin(['武汉']) }).get()), ['s3', 's4']);
  });

  it('matches logical, existence, array, nested and regex conditions', async () => {
    assert.deepEqual(ids(await ships().where(_.or([{ port: '安庆' }, { tons: _.lt(200) }])).get()), ['s3', 's4']);
    assert.deepEqual(ids(await ships().where({ owner: _.exists(true) }).get()), ['s4']);
    assert.deepEqual(ids(await ships().where({ tags: '货运' }).get()), ['s2', 's3']);
    assert.deepEqual(ids(await ships().where({ tags: _.all(['货运', '危化品']) }).get()), ['s3']);
    assert.deepEqual(ids(await ships().where({ 'owner.city': '芜湖' }).get()), ['s4']);
    assert.deepEqual(ids(await ships().where({ name: db.RegExp({ regexp: '^长江', options: 'i' }) }).get()), ['s1']);
    assert.deepEqual(ids(await ships().where({ built: _.gt(new Date('2016-01-01')) }).get()), ['s2', 's3']);
  });

  it('orders, skips, limits and projects', async () => {
    const page = await ships().orderBy('tons', 'desc').skip(1).limit(2).field({ name: true }).get();
    assert.deepEqual(page.data, [
      { _id: 's1', name: '长江之星' },
      { _id: 's2', name: '汉江号' },
    ]);
    const byPortThenTons = await ships().orderBy('port', 'asc').orderBy('tons', 'asc').get();
    // Strings sort by code point: 安 (U+5B89) < 武 (U+6B66) < 芜 (U+829C); within 武汉, 800 before 1200.
    assert.deepEqual(byPortThenTons.data.map((d: { _id: string }) => d._id), ['s3', 's2', 's1', 's4']);
  });

  it('projects as MongoDB does: inclusion, exclusion, _id alone, without _id, nested paths', async () => {
    const s4 = (field: Record<string, boolean>) => ships().where({ _id: 's4' }).field(field).get().then((r: { data: unknown[] }) => r.data[0]);
    assert.deepEqual(await s4({ name: true, owner: true, tags: true }), { _id: 's4', name: '芜湖港拖轮', owner: { city: '芜湖' } });
    assert.deepEqual(await s4({ _id: false, tons: true }), { tons: 150 });
    assert.deepEqual(await s4({ _id: true }), { _id: 's4' });
    assert.deepEqual(await s4({ name: false, built: false, owner: false }), { _id: 's4', tons: 150, port: '芜湖' });
    assert.deepEqual(await s4({ _id: false, name: false, built: false, owner: false, port: false }), { tons: 150 });
    assert.deepEqual(await s4({ 'owner.city': true }), { _id: 's4', owner: { city: '芜湖' } });
  });

  it('returns dates as Date objects and counts', async () => {
    const { data } = await ships().doc('s1').get();
    assert.ok(data.built instanceof Date);
    assert.equal(data.built.toISOString(), '2015-03-01T00:00:00.000Z');
    assert.equal((await ships().where({ port: '武汉' }).count()).total, 2);
  });

  it('throws when doc().get() finds no document', async () => {
    await assert.rejects(ships().doc('nope').get(), /does not exist/);
  });

  it('keeps the SDK limits: 100 by default, at most 1000', async () => {
    const many = db.collection('many');
    await many.add({ data: Array.from({ length: 1100 }, (_v, i) => ({ i })) });
    assert.equal((await many.get()).data.length, 100);
    assert.equal((await many.limit(5000).get()).data.length, 1000);
    assert.equal((await many.count()).total, 1100);
  });
});
