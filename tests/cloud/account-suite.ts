import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { callApi, login, seedOrgFixture, startTestCloud, xlsxBase64, type Call } from './helpers';
import { caller } from './join-helpers';

/** Runs the account tests against the given functions folder (sources, or the deployable bundles). */
export function accountSuite(label: string, functionsDir: () => string, prepare?: () => Promise<void>): void {
  describe(`account function (${label})`, () => {
    let cloud: LocalCloud;
    before(async () => {
      await prepare?.();
      cloud = await startTestCloud({ functionsDir: functionsDir() });
      seedOrgFixture(cloud.db);
    });
    after(() => cloud.close());
    // Sessions issued directly: the dev sign-in is rate limited per address.
    const actAs = async (c: LocalCloud, openid: string): Promise<Call> => caller(c, openid);
    const memberCount = async (branchId: string) =>
      ((await (await actAs(cloud, 'admin_a'))('org', 'listBranches')).data as Array<{ id: string; memberCount: number }>).find(
        (b) => b.id === branchId,
      )!.memberCount;

    it('whoami creates a crew profile on first call, once even when called concurrently', async () => {
      const token = await login(cloud, 'crew_wang');
      const results = await Promise.all(Array.from({ length: 5 }, () => callApi(cloud, token, 'account', 'whoami')));
      for (const r of results) {
        assert.equal(r.body.ok, true);
        assert.equal(r.body.data.profile.openid, 'crew_wang');
        assert.deepEqual(r.body.data.profile.roles, ['crew']);
        assert.equal(r.body.data.profile.stationId, null);
        assert.deepEqual(
          { branch: r.body.data.branch, org: r.body.data.org, station: r.body.data.station, pending: r.body.data.pendingJoin },
          { branch: null, org: null, station: null, pending: null },
        );
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
      assert.equal((await callApi(cloud, token, 'account', 'whoami')).body.data.profile.name, '李江');
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
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ action: 'whoami', userInfo: { openId: 'crew_wang' } }),
      });
      assert.equal(((await res.json()) as { data: { profile: { openid: string } } }).data.profile.openid, 'crew_zhao');
    });

    it('joins a branch by invite code: pending, approved by its secretary, then a member', async () => {
      const crew = await actAs(cloud, 'crew_sun');
      await crew('account', 'updateProfile', { phone: '13700000001' });
      const asked = await crew('account', 'requestJoin', { inviteCode: ' aaaaa1 ', name: ' 孙航 ' });
      assert.equal(asked.ok, true, asked.message);
      assert.equal(asked.data.status, 'pending');
      assert.equal(asked.data.via, 'invite');
      assert.equal(asked.data.branchName, '机关第一党支部');
      assert.equal(asked.data.name, '孙航');
      assert.equal(asked.data.phone, '13700000001');
      const waiting = (await crew('account', 'whoami')).data;
      assert.equal(waiting.pendingJoin.id, asked.data.id);
      assert.equal(waiting.profile.name, '孙航', 'the name given is stored on the user too');

      const secretary = await actAs(cloud, 'sec_a1');
      const queue = await secretary('org', 'listJoinRequests');
      assert.ok(queue.data.some((r: { id: string }) => r.id === asked.data.id));
      const decided = await secretary('org', 'decideJoin', { requestId: asked.data.id, approve: true });
      assert.equal(decided.data.status, 'approved');

      const me = (await crew('account', 'whoami')).data;
      assert.deepEqual(me.profile.roles, ['crew', 'member']);
      assert.deepEqual(me.branch, { id: 'br_a1', name: '机关第一党支部' });
      assert.deepEqual(me.org, { id: 'org_a', name: '济宁市港航事业发展中心党委' });
      assert.equal(me.pendingJoin, null);
      assert.equal(await memberCount('br_a1'), 4);
      const again = await crew('account', 'requestJoin', { inviteCode: 'AAAAA2', name: '孙航' });
      assert.deepEqual([again.code, again.message], ['CONFLICT', '您已加入支部，无需再次申请']);
    });

    it('refuses a wrong invite code, a second pending request, and bad input', async () => {
      const crew = await actAs(cloud, 'crew_qian');
      const wrong = await crew('account', 'requestJoin', { inviteCode: 'ZZZZZ9', name: '钱江' });
      assert.deepEqual([wrong.code, wrong.message], ['NOT_FOUND', '邀请码无效']);
      const bad = await crew('account', 'requestJoin', { inviteCode: 'AB', name: '钱江' });
      assert.deepEqual([bad.code, bad.message], ['INVALID_INPUT', '邀请码为 6 位字母或数字']);
      assert.equal((await crew('account', 'requestJoin', { inviteCode: 'AAAAA2', name: '钱江' })).ok, true);
      const twice = await crew('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '钱江' });
      assert.equal(twice.code, 'CONFLICT');
      assert.match(twice.message, /待审批/);
    });

    it('lets only one of several concurrent requests by the same person stand', async () => {
      const crew = await actAs(cloud, 'crew_zhou');
      const all = await Promise.all(
        ['AAAAA1', 'AAAAA2', 'AAAAA1', 'AAAAA2', 'AAAAA1'].map((inviteCode) =>
          crew('account', 'requestJoin', { inviteCode, name: '周舟' }),
        ),
      );
      assert.equal(all.filter((r) => r.ok).length, 1, JSON.stringify(all));
      for (const r of all.filter((x) => !x.ok)) assert.equal(r.code, 'CONFLICT');
      assert.equal(cloud.db.count('joinRequests', { openid: 'crew_zhou', status: 'pending' }), 1);
    });

    it('cancelJoin withdraws the pending request; with none it is NOT_FOUND', async () => {
      const crew = await actAs(cloud, 'crew_wu');
      const asked = await crew('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '吴帆' });
      assert.deepEqual(await crew('account', 'cancelJoin'), { ok: true, data: null });
      assert.equal((await crew('account', 'whoami')).data.pendingJoin, null);
      assert.equal(cloud.db.find('joinRequests', { _id: asked.data.id })[0]!['status'], 'cancelled');
      const none = await crew('account', 'cancelJoin');
      assert.deepEqual([none.code, none.message], ['NOT_FOUND', '没有待审批的申请']);
      const late = await (await actAs(cloud, 'sec_a1'))('org', 'decideJoin', { requestId: asked.data.id, approve: true });
      assert.equal(late.code, 'CONFLICT', 'a withdrawn request cannot be approved');
      assert.equal((await crew('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '吴帆' })).ok, true);
    });

    it('joins by the roster an org admin imported from an .xlsx file, naming the branch', async () => {
      const admin = await actAs(cloud, 'admin_a');
      const file = await xlsxBase64([
        ['姓名', '手机号', '支部'],
        ['陈晓航', 13800000011, '任城港航党支部'],
      ]);
      const imported = await admin('org', 'importRoster', { fileName: '名册.xlsx', contentBase64: file });
      assert.deepEqual(imported, { ok: true, data: { imported: 1, skipped: [] } });

      const crew = await actAs(cloud, 'crew_chen');
      const asked = await crew('account', 'requestJoin', { name: '陈晓航', phone: '13800000011', branchId: 'br_a2' });
      assert.equal(asked.data.via, 'roster');
      assert.equal(asked.data.branchId, 'br_a2');
      assert.equal((await crew('account', 'whoami')).data.profile.phone, '13800000011');

      const secretary = await actAs(cloud, 'sec_a2');
      const queued = (await secretary('org', 'listJoinRequests')).data.find((r: { id: string }) => r.id === asked.data.id);
      assert.equal(queued.rosterMatch, 'matched');
      const approved = await secretary('org', 'decideJoin', { requestId: asked.data.id, approve: true });
      assert.equal(approved.data.status, 'approved');
      assert.deepEqual(cloud.db.find('roster', { phone: '13800000011' }).map((r) => r['claimedBy']), ['crew_chen']);
      // Someone else giving the same name and phone files a request too, which the queue shows unmatched.
      const other = await (await actAs(cloud, 'crew_fake'))('account', 'requestJoin', { name: '陈晓航', phone: '13800000011', branchId: 'br_a2' });
      assert.equal(other.ok, true, other.message);
      const again = (await secretary('org', 'listJoinRequests')).data.find((r: { id: string }) => r.id === other.data.id);
      assert.equal(again.rosterMatch, 'not_found', 'a claimed roster row cannot be used again');
    });
  });
}
