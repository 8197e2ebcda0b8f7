import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { actAs, ROOT, startTestCloud, type Call } from './helpers';

describe('messages function', () => {
  let cloud: LocalCloud;
  let mine: Call;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    const at = Date.parse('2026-03-01T08:00:00+08:00');
    const message = (openid: string, i: number) => ({
      _id: `msg_${openid}_${String(i).padStart(2, '0')}`,
      openid,
      kind: 'claim_approved',
      title: '积分申报已通过',
      body: `第 ${i} 条`,
      refId: `claim_${i}`,
      read: false,
      // Pairs share a time: paging must still show each message once.
      createdAt: new Date(at + Math.floor(i / 2) * 60_000),
    });
    cloud.db.insert('messages', [
      ...Array.from({ length: 25 }, (_v, i) => message('mem_1', i)),
      ...Array.from({ length: 2 }, (_v, i) => message('mem_2', i)),
    ]);
    mine = await actAs(cloud, 'mem_1');
  });
  after(() => cloud.close());

  it('lists the caller’s own messages, newest first, page by page, with the unread count', async () => {
    const first = await mine('messages', 'list');
    assert.equal(first.ok, true);
    assert.equal(first.data.items.length, 20);
    assert.equal(first.data.unread, 25);
    assert.deepEqual(Object.keys(first.data.items[0]).sort(), [
      'body',
      'createdAt',
      'id',
      'kind',
      'read',
      'refId',
      'title',
    ]);
    const second = await mine('messages', 'list', { cursor: first.data.cursor });
    assert.equal(second.data.items.length, 5);
    assert.equal(second.data.cursor, null);
    const all = [...first.data.items, ...second.data.items];
    assert.equal(new Set(all.map((m: { id: string }) => m.id)).size, 25);
    assert.ok(all.every((m: { createdAt: string }, i: number) => i === 0 || m.createdAt <= all[i - 1].createdAt));
    assert.equal(all[0].body, '第 24 条');
    const none = await (await actAs(cloud, 'crew_nobody'))('messages', 'list');
    assert.deepEqual(none.data, { items: [], cursor: null, unread: 0 });
  });

  it('marks the caller’s messages read: some by id (others’ ids are ignored), or all', async () => {
    const r = await mine('messages', 'markRead', { ids: ['msg_mem_1_00', 'msg_mem_1_01', 'msg_mem_2_00'] });
    assert.deepEqual(r, { ok: true, data: null });
    assert.equal((await mine('messages', 'list')).data.unread, 23);
    assert.equal(cloud.db.find('messages', { _id: 'msg_mem_2_00' })[0]!['read'], false);
    await mine('messages', 'markRead', {});
    assert.equal((await mine('messages', 'list')).data.unread, 0);
    const other = await (await actAs(cloud, 'mem_2'))('messages', 'list');
    assert.equal(other.data.unread, 2);
    const bad = await mine('messages', 'markRead', { ids: Array.from({ length: 101 }, (_v, i) => `m${i}`) });
    assert.equal(bad.code, 'INVALID_INPUT');
  });
});
