import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sdk, tempDir } from './helpers';
import { exitOf, spawnCloud } from './process';

const { db } = sdk();
const useCloud = (adminUrl: string) => {
  process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: adminUrl });
};

describe('durability of the local cloud', () => {
  it('keeps every acknowledged write across kill -9 and skips a torn last record', async () => {
    const data = tempDir();
    const first = await spawnCloud(['--data', data]);
    useCloud(first.adminUrl);
    for (let i = 0; i < 50; i++) await db.collection('ledger').add({ data: { _id: `e${i}`, points: i } });
    await db.collection('ledger').doc('e0').update({ data: { points: 1000 } });
    await db.collection('ledger').doc('e1').remove();
    first.child.kill('SIGKILL');
    await exitOf(first.child);

    // A crash in the middle of an append leaves half a record behind.
    fs.appendFileSync(path.join(data, 'journal.log'), '1234abcd [{"coll":"ledger","put":{"_id":"half"');

    const second = await spawnCloud(['--data', data]);
    useCloud(second.adminUrl);
    assert.match(second.output(), /丢弃日志末尾不完整的记录/);
    assert.equal((await db.collection('ledger').count()).total, 49);
    assert.equal((await db.collection('ledger').doc('e0').get()).data.points, 1000);
    assert.equal((await db.collection('ledger').where({ _id: 'half' }).get()).data.length, 0);
    await db.collection('ledger').add({ data: { _id: 'after', points: 1 } });
    second.child.kill('SIGKILL');
    await exitOf(second.child);

    const third = await spawnCloud(['--data', data]);
    useCloud(third.adminUrl);
    assert.equal((await db.collection('ledger').count()).total, 50);
    third.child.kill('SIGTERM');
    assert.equal(await exitOf(third.child), 0, 'stops cleanly on SIGTERM');
    assert.equal(fs.existsSync(path.join(data, 'LOCK')), false, 'a clean stop releases the folder');
  });

  it('lets only one process own a data folder', async () => {
    const data = tempDir();
    const owner = await spawnCloud(['--data', data]);
    await assert.rejects(spawnCloud(['--data', data]), (err: { code: number; out: string }) => {
      assert.equal(err.code, 1);
      assert.match(err.out, new RegExp(`正被进程 ${owner.child.pid} 使用`));
      return true;
    });
    owner.child.kill('SIGTERM');
    await exitOf(owner.child);
  });

  it('--reset starts from an empty folder', async () => {
    const data = tempDir();
    const a = await spawnCloud(['--data', data]);
    useCloud(a.adminUrl);
    await db.collection('x').add({ data: { v: 1 } });
    a.child.kill('SIGTERM');
    await exitOf(a.child);
    const b = await spawnCloud(['--data', data, '--reset']);
    useCloud(b.adminUrl);
    assert.equal((await db.collection('x').count()).total, 0);
    b.child.kill('SIGTERM');
    await exitOf(b.child);
  });
});
