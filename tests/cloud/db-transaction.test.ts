import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { sdk, startTestCloud } from './helpers';

describe('transactions through wx-server-sdk', () => {
  let cloud: LocalCloud;
  const { db } = sdk();
  const accounts = () => db.collection('accounts');
  const balance = async (id: string) => (await accounts().doc(id).get()).data.balance;

  before(async () => {
    cloud = await startTestCloud();
  });
  after(() => cloud.close());
  beforeEach(async () => {
    await accounts().doc('a').set({ data: { balance: 100 } });
    await accounts().doc('b').set({ data: { balance: 0 } });
  });

  const transfer = (amount: number) =>
    db.runTransaction(async (t: any) => {
      const a = (await t.collection('accounts').doc('a').get()).data;
      const b = (await t.collection('accounts').doc('b').get()).data;
      if (a.balance < amount) await t.rollback('余额不足');
      await t.collection('accounts').doc('a').update({ data: { balance: a.balance - amount } });
      await t.collection('accounts').doc('b').update({ data: { balance: b.balance + amount } });
      await t.collection('transfers').add({ data: { amount } });
      return amount;
    });

  it('commits every write together', async () => {
    assert.equal(await transfer(30), 30);
    assert.equal(await balance('a'), 70);
    assert.equal(await balance('b'), 30);
    assert.equal((await db.collection('transfers').count()).total, 1);
  });

  it('rolls back every write when asked, and when the callback throws', async () => {
    await assert.rejects(transfer(500), (reason) => reason === '余额不足');
    await assert.rejects(
      db.runTransaction(async (t: any) => {
        await t.collection('accounts').doc('a').update({ data: { balance: 0 } });
        throw new Error('中途失败');
      }),
      /中途失败/,
    );
    assert.equal(await balance('a'), 100);
    assert.equal(await balance('b'), 0);
  });

  it('supports startTransaction with explicit commit and rollback', async () => {
    const t = await db.startTransaction();
    await t.collection('accounts').doc('a').update({ data: { balance: 1 } });
    assert.equal(await balance('a'), 100, 'uncommitted writes are invisible outside');
    await t.rollback();
    assert.equal(await balance('a'), 100);
    const t2 = await db.startTransaction();
    const seen = (await t2.collection('accounts').doc('a').get()).data.balance;
    await t2.collection('accounts').doc('a').update({ data: { balance: seen + 1 } });
    await t2.commit();
    assert.equal(await balance('a'), 101);
  });

  it('detects a conflicting write and lets runTransaction retry', async () => {
    let attempts = 0;
    const result = await db.runTransaction(async (t: any) => {
      attempts++;
      const a = (await t.collection('accounts').doc('a').get()).data;
      if (attempts === 1) await accounts().doc('a').update({ data: { balance: 50 } }); // someone else writes
      await t.collection('accounts').doc('a').update({ data: { balance: a.balance + 1 } });
      return a.balance;
    });
    assert.equal(attempts, 2);
    assert.equal(result, 50);
    assert.equal(await balance('a'), 51, 'the retry saw the other write; nothing was lost');
  });

  it('never loses an increment under concurrent transactions', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        db.runTransaction(async (t: any) => {
          const a = (await t.collection('accounts').doc('a').get()).data;
          await t.collection('accounts').doc('a').update({ data: { balance: a.balance + 1 } });
        }),
      ),
    );
    const committed = outcomes.filter((o) => o.status === 'fulfilled').length;
    assert.ok(committed >= 1);
    for (const o of outcomes) {
      if (o.status === 'rejected') assert.match(String((o.reason as { errMsg?: string }).errMsg ?? o.reason), /CONFLICT|冲突/);
    }
    assert.equal(await balance('a'), 100 + committed);
  });
});
