// Joining a branch under attack: guessing codes (rate limit), probing the roster (no oracle),
// retried submits (once), and names that hide what they say (refused).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { csvBase64, ROOT, seedOrgFixture, startTestCloud } from './helpers';
import { caller, newRequestId, refused, rosterRow } from './join-helpers';

describe('joining a branch, attacked', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    seedOrgFixture(cloud.db);
    cloud.db.insert('roster', [
      rosterRow('ro_a2_chen', 'org_a', 'br_a2', '陈晓航', '13800000011'),
      rosterRow('ro_b1_he', 'org_b', 'br_b1', '何安', '13800000021'),
    ]);
  });
  after(() => cloud.close());

  const as = (openid: string) => caller(cloud, openid);
  const user = (openid: string) => cloud.db.find('users', { _id: openid })[0]!;

  describe('guessing', () => {
    it('allows 10 invite-code attempts an hour per person, then RATE_LIMITED saying when', async () => {
      const guesser = as('crew_guess');
      for (let i = 0; i < 10; i++) {
        refused(
          await guesser('account', 'requestJoin', { inviteCode: `ZZZZZ${i}`, name: '试试' }),
          'NOT_FOUND',
          /邀请码无效/,
        );
      }
      // Even the right code: the attempts are used up.
      const locked = await guesser('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '试试' });
      refused(locked, 'RATE_LIMITED', /次数过多，请 (\d+ 分钟|1 小时)后再试/);
      assert.equal(cloud.db.count('rateLimits', { _id: 'join:crew_guess' }), 1, 'the counter is kept in the database');
      assert.equal((await as('crew_other')('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '别人' })).ok, true);
    });

    it('counts roster requests against the same limit', async () => {
      const prober = as('crew_probe');
      for (let i = 0; i < 10; i++) {
        const r = await prober('account', 'requestJoin', {
          name: '陈晓航',
          phone: `1380000010${i}`,
          branchId: 'br_a2',
        });
        assert.equal(r.ok, true, r.message);
        await prober('account', 'cancelJoin');
      }
      refused(
        await prober('account', 'requestJoin', { name: '陈晓航', phone: '13800000011', branchId: 'br_a2' }),
        'RATE_LIMITED',
      );
      refused(await prober('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '试试' }), 'RATE_LIMITED');
    });
  });

  describe('the roster is no oracle', () => {
    it('answers a roster request the same whether or not the name and phone are listed', async () => {
      const listed = await as('crew_r1')('account', 'requestJoin', {
        name: '陈晓航',
        phone: '13800000011',
        branchId: 'br_a2',
      });
      const unlisted = await as('crew_r2')('account', 'requestJoin', {
        name: '陈晓航',
        phone: '13800000019',
        branchId: 'br_a2',
      });
      // A row of another org is never looked at for a branch of this org.
      const elsewhere = await as('crew_r3')('account', 'requestJoin', {
        name: '何安',
        phone: '13800000021',
        branchId: 'br_a2',
      });
      const strip = (b: any) => {
        assert.equal(b.ok, true, b.message);
        const { id: _id, openid: _o, phone: _p, name: _n, createdAt: _c, ...rest } = b.data;
        return { keys: Object.keys(b.data).sort(), rest };
      };
      assert.deepEqual(strip(listed), strip(unlisted));
      assert.deepEqual(strip(listed), strip(elsewhere));
      assert.equal(listed.data.status, 'pending');
      assert.equal(listed.data.branchId, 'br_a2');
      assert.equal(
        (await as('crew_r1')('account', 'whoami')).data.pendingJoin.rosterMatch,
        undefined,
        'nor does whoami tell',
      );

      // The secretary verifies: the queue says which requests match the branch's roster.
      const queue = (await as('sec_a2')('org', 'listJoinRequests')).data;
      const match = (openid: string) => queue.find((r: { openid: string }) => r.openid === openid).rosterMatch;
      assert.deepEqual([match('crew_r1'), match('crew_r2'), match('crew_r3')], ['matched', 'not_found', 'not_found']);

      const approve = (id: string) => as('sec_a2')('org', 'decideJoin', { requestId: id, approve: true });
      assert.equal((await approve(listed.data.id)).ok, true);
      assert.equal(cloud.db.find('roster', { _id: 'ro_a2_chen' })[0]!['claimedBy'], 'crew_r1');
      assert.equal((await approve(unlisted.data.id)).ok, true, 'the secretary may still admit someone not listed');
      assert.equal(user('crew_r2')['branchId'], 'br_a2');
      assert.equal(cloud.db.find('roster', { _id: 'ro_b1_he' })[0]!['claimedBy'], null);
    });

    it('names a branch that exists, and still says nothing about the roster', async () => {
      refused(
        await as('crew_r4')('account', 'requestJoin', { name: '陈晓航', phone: '13800000011', branchId: 'br_nope' }),
        'NOT_FOUND',
        /支部不存在/,
      );
      refused(await as('crew_r4')('account', 'requestJoin', { name: '陈晓航', phone: '13800000011' }), 'INVALID_INPUT');
    });

    it('lists every organisation’s branches, with the org’s name, to crew of no org', async () => {
      const all = (await as('crew_r5')('org', 'listBranches')).data;
      assert.deepEqual(
        all.map((b: { name: string; orgName: string }) => `${b.orgName}/${b.name}`).sort(),
        [
          '安庆港航党委/安庆第一党支部',
          '济宁市港航事业发展中心党委/任城港航党支部',
          '济宁市港航事业发展中心党委/智慧港航党支部',
          '济宁市港航事业发展中心党委/机关第一党支部',
        ].sort(),
      );
    });
  });

  describe('retries', () => {
    it('a join request sent again with the same request id returns the same request, once', async () => {
      const requestId = newRequestId();
      const crew = as('crew_retry');
      const first = await crew('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '重试', requestId });
      assert.equal(first.ok, true, first.message);
      const again = await crew('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '重试', requestId });
      assert.deepEqual(again, first);
      assert.equal(
        cloud.db.find('rateLimits', { _id: 'join:crew_retry' })[0]!['count'],
        1,
        'a retry is not another attempt',
      );
      const burstId = newRequestId();
      const burst = await Promise.all(
        Array.from({ length: 5 }, () =>
          as('crew_retry2')('account', 'requestJoin', { inviteCode: 'AAAAA2', name: '连点', requestId: burstId }),
        ),
      );
      assert.ok(
        burst.every((b) => b.ok && b.data.id === burst[0].data.id),
        JSON.stringify(burst),
      );
      assert.equal(cloud.db.count('joinRequests', { openid: 'crew_retry2' }), 1);
    });

    it('a roster import sent again with the same request id answers as the first did, adding nothing', async () => {
      const file = csvBase64(['姓名,手机号,支部', '孙一,13800000041,机关第一党支部', '孙二,123,机关第一党支部', '陈晓航,13800000011,任城港航党支部']);
      const input = { fileName: '名册.csv', contentBase64: file, requestId: newRequestId() };
      const first = await as('admin_a')('org', 'importRoster', input);
      assert.deepEqual(first.data, {
        imported: 1,
        skipped: [
          { line: 3, reason: '手机号应为 1 开头的 11 位数字' },
          { line: 4, reason: '该手机号已在名册中' },
        ],
      });
      assert.deepEqual(await as('admin_a')('org', 'importRoster', input), first);
      assert.equal(cloud.db.count('roster', { phone: '13800000041' }), 1);
      const anew = await as('admin_a')('org', 'importRoster', { ...input, requestId: newRequestId() });
      assert.equal(anew.data.imported, 0, 'another import of the same file adds nothing either');
    });

    it('the same decision sent again by the same secretary answers with the decided request', async () => {
      const asked = await as('crew_retry3')('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '重试三' });
      const decide = () => as('sec_a1')('org', 'decideJoin', { requestId: asked.data.id, approve: true });
      const first = await decide();
      assert.equal(first.data.status, 'approved');
      assert.deepEqual(await decide(), first);
      refused(
        await as('admin_a')('org', 'decideJoin', { requestId: asked.data.id, approve: false, reason: '不符合' }),
        'CONFLICT',
        /已处理/,
      );
    });
  });

  describe('hidden characters', () => {
    const HIDDEN = ['\u202e梅红李', '李\u200b红梅', '李红\u0000梅', '李\u0007红梅', '李红梅\u2066'];

    it('refuses them in the profile name, the join name and a reject reason, and stores names in NFC', async () => {
      const crew = as('crew_hidden');
      for (const name of HIDDEN) {
        refused(await crew('account', 'updateProfile', { name }), 'INVALID_INPUT', /不可见字符或控制字符/);
        refused(
          await crew('account', 'requestJoin', { inviteCode: 'AAAAA1', name }),
          'INVALID_INPUT',
          /不可见字符或控制字符/,
        );
      }
      const decomposed = 'Jose\u0301';
      assert.equal((await crew('account', 'updateProfile', { name: decomposed })).data.name, 'Jos\u00e9');
      const asked = await crew('account', 'requestJoin', { inviteCode: 'AAAAA1', name: decomposed });
      assert.equal(asked.data.name, 'Jos\u00e9');
      refused(
        await as('sec_a1')('org', 'decideJoin', { requestId: asked.data.id, approve: false, reason: '请\u202e核实' }),
        'INVALID_INPUT',
        /不可见字符或控制字符/,
      );
    });

    it('skips roster rows whose name hides characters, saying why', async () => {
      const file = csvBase64([
        '姓名,手机号,支部',
        '\u202e梅红李,13800000031,机关第一党支部',
        '李\u200b红梅,13800000032,机关第一党支部',
        'Jose\u0301,13800000033,机关第一党支部',
      ]);
      const r = await as('admin_a')('org', 'importRoster', { fileName: '名册.csv', contentBase64: file });
      assert.deepEqual(r.data, {
        imported: 1,
        skipped: [
          { line: 2, reason: '姓名不能包含不可见字符或控制字符' },
          { line: 3, reason: '姓名不能包含不可见字符或控制字符' },
        ],
      });
      assert.equal(cloud.db.find('roster', { phone: '13800000033' })[0]!['name'], 'Jos\u00e9');
    });
  });
});

describe('the README’s roster demo', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions'), seedDemo: true });
  });
  after(() => cloud.close());

  it('张海生 joins by roster as 陈晓航 / 13800000011, naming 机关第一党支部; 赵志刚 sees 名册相符 and approves', async () => {
    const crew = caller(cloud, 'demo_crew');
    const branch = (await crew('org', 'listBranches')).data.find((b: { name: string }) => b.name === '机关第一党支部');
    const asked = await crew('account', 'requestJoin', {
      name: '陈晓航',
      phone: '13800000011',
      branchId: branch.id,
      requestId: newRequestId(),
    });
    assert.equal(asked.ok, true, asked.message);
    const secretary = caller(cloud, 'demo_secretary');
    const item = (await secretary('org', 'listJoinRequests')).data.find((r: { id: string }) => r.id === asked.data.id);
    assert.equal(item.rosterMatch, 'matched');
    assert.equal((await secretary('org', 'decideJoin', { requestId: asked.data.id, approve: true })).ok, true);
    const me = (await crew('account', 'whoami')).data;
    assert.deepEqual(
      [me.profile.name, me.branch.name, me.profile.roles],
      ['陈晓航', '机关第一党支部', ['crew', 'member']],
    );
  });
});
