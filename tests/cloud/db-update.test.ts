import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { sdk, startTestCloud } from './helpers';

describe('updates through wx-server-sdk', () => {
  let cloud: LocalCloud;
  const { db, _ } = sdk();
  const members = () => db.collection('members');
  const read = async (id: string) => (await members().doc(id).get()).data;

  before(async () => {
    cloud = await startTestCloud();
  });
  after(() => cloud.close());
  beforeEach(async () => {
    await members().where({ _id: _.exists(true) }).remove();
    await members().add({
      data: { _id: 'm1', name: '王海', points: 10, badges: ['示范岗'], stats: { claims: 1 }, note: '临时' },
    });
  });

  it('applies every update operator we use', async () => {
    const at = new Date('2026-05-04T08:00:00Z');
    const res = await members()
      .doc('m1')
      .update({
        data: {
          points: _.inc(5),
          'stats.claims': _.inc(1),
          'stats.lastAt': at,
          note: _.remove(),
          badges: _.push(['党员责任区']),
          level: _.max(3),
          floor: _.min(-1),
          weight: _.mul(2),
          updatedAt: db.serverDate(),
        },
      });
    assert.equal(res.stats.updated, 1);
    const m = await read('m1');
    assert.equal(m.points, 15);
    assert.deepEqual(m.stats.claims, 2);
    assert.equal(m.stats.lastAt.toISOString(), at.toISOString());
    assert.equal('note' in m, false);
    assert.deepEqual(m.badges, ['示范岗', '党员责任区']);
    assert.equal(m.level, 3);
    assert.equal(m.floor, -1);
    assert.equal(m.weight, 0);
    assert.ok(m.updatedAt instanceof Date && Math.abs(m.updatedAt.getTime() - Date.now()) < 5000);
  });

  it('adds to sets, pulls, pops and shifts arrays', async () => {
    await members().doc('m1').update({ data: { badges: _.addToSet('示范岗') } });
    assert.deepEqual((await read('m1')).badges, ['示范岗']);
    await members().doc('m1').update({ data: { badges: _.addToSet('先锋') } });
    await members().doc('m1').update({ data: { badges: _.unshift(['首位']) } });
    assert.deepEqual((await read('m1')).badges, ['首位', '示范岗', '先锋']);
    await members().doc('m1').update({ data: { badges: _.pull('示范岗') } });
    await members().doc('m1').update({ data: { badges: _.pop() } });
    assert.deepEqual((await read('m1')).badges, ['首位']);
    await members().doc('m1').update({ data: { badges: _.shift() } });
    assert.deepEqual((await read('m1')).badges, []);
  });

  it('counts only documents that changed', async () => {
    assert.equal((await members().doc('m1').update({ data: { name: '王海' } })).stats.updated, 0);
    assert.equal((await members().doc('nobody').update({ data: { name: 'x' } })).stats.updated, 0);
    await members().add({ data: { _id: 'm2', name: '李江', points: 10 } });
    const r = await members().where({ points: 10 }).update({ data: { points: _.inc(1) } });
    assert.equal(r.stats.updated, 2);
  });

  it('set() replaces the whole document and creates it when missing', async () => {
    await members().doc('m1').set({ data: { name: '王海', points: 1 } });
    assert.deepEqual(await read('m1'), { _id: 'm1', name: '王海', points: 1 });
    const created = await members().doc('m9').set({ data: { name: '新人' } });
    assert.equal(created._id, 'm9');
    assert.deepEqual(await read('m9'), { _id: 'm9', name: '新人' });
  });

  it('removes one document or all that match', async () => {
    await members().add({ data: [{ points: 0 }, { points: 0 }] });
    assert.equal((await members().doc('m1').remove()).stats.removed, 1);
    assert.equal((await members().where({ points: 0 }).remove()).stats.removed, 2);
    assert.equal((await members().count()).total, 0);
  });

  it('refuses a duplicate _id', async () => {
    await assert.rejects(members().add({ data: { _id: 'm1', name: '重复' } }), /E11000 duplicate key/);
    assert.equal((await read('m1')).name, '王海');
  });
});
