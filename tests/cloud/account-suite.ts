import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { callApi, login, startTestCloud } from './helpers';

/** Runs the account tests against the given functions folder (sources, or the deployable bundles). */
export function accountSuite(label: string, functionsDir: () => string, prepare?: () => Promise<void>): void {
  describe(`account function (${label})`, () => {
    let cloud: LocalCloud;
    before(async () => {
      await prepare?.();
      cloud = await startTestCloud({ functionsDir: functionsDir() });
    });
    after(() => cloud.close());

    it('whoami creates a crew profile on first call, once even when called concurrently', async () => {
      const token = await login(cloud, 'crew_wang');
      const results = await Promise.all(Array.from({ length: 5 }, () => callApi(cloud, token, 'account', 'whoami')));
      for (const r of results) {
        assert.equal(r.body.ok, true);
        assert.equal(r.body.data.openid, 'crew_wang');
        assert.deepEqual(r.body.data.roles, ['crew']);
      }
      assert.equal(cloud.db.count('users', { _id: 'crew_wang' }), 1);
    });

    it('updateProfile changes name and phone, and clears the phone', async () => {
      const token = await login(cloud, 'crew_li');
      const r = await callApi(cloud, token, 'account', 'updateProfile', { name: ' 李江 ', phone: '13800000000' });
      assert.equal(r.body.ok, true);
      assert.equal(r.body.data.name, '李江');
      assert.equal(r.body.data.phone, '13800000000');
      const cleared = await callApi(cloud, token, 'account', 'updateProfile', { phone: '' });
      assert.equal(cleared.body.data.phone, null);
      assert.equal((await callApi(cloud, token, 'account', 'whoami')).body.data.name, '李江');
    });

    it('rejects bad input with a stable code and a Chinese message', async () => {
      const token = await login(cloud, 'crew_li');
      const cases: Array<[unknown, RegExp]> = [
        [{ phone: '123' }, /请填写 11 位手机号/],
        [{ name: '' }, /请填写姓名或昵称/],
        [{ name: '很'.repeat(21) }, /最多 20 个字/],
        [{}, /没有要修改的内容/],
        [{ roles: ['org_admin'] }, /./],
        ['not an object', /./],
      ];
      for (const [data, message] of cases) {
        const r = await callApi(cloud, token, 'account', 'updateProfile', data);
        assert.equal(r.body.ok, false, JSON.stringify(data));
        assert.equal(r.body.code, 'INVALID_INPUT');
        assert.match(r.body.message, message);
        assert.doesNotMatch(r.body.message, /at \w+ \(|Error:/, 'no stack traces');
      }
      const unknown = await callApi(cloud, token, 'account', 'dropTables');
      assert.deepEqual(unknown.body, { ok: false, code: 'UNKNOWN_ACTION', message: '不支持的操作' });
    });

    it('never takes identity from the payload', async () => {
      const token = await login(cloud, 'crew_zhao');
      const r = await callApi(cloud, token, 'account', 'whoami', { openid: 'crew_wang' });
      assert.equal(r.body.code, 'INVALID_INPUT');
      const res = await fetch(`${cloud.url}/api/account`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify({ action: 'whoami', userInfo: { openId: 'crew_wang' } }),
      });
      assert.equal(((await res.json()) as { data: { openid: string } }).data.openid, 'crew_zhao');
    });
  });
}

