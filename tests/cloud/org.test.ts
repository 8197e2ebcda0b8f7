import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { csvBase64, ROOT, seedOrgFixture, startTestCloud, userDoc, xlsxBase64, type Call } from './helpers';
import { caller } from './join-helpers';

describe('org function', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    seedOrgFixture(cloud.db);
  });
  after(() => cloud.close());

  // Sessions issued directly: the dev sign-in is rate limited per address.
  const as = async (openid: string): Promise<Call> => caller(cloud, openid);
  const refused = (body: any, code: string, message?: RegExp) => {
    assert.equal(body.ok, false, JSON.stringify(body));
    assert.equal(body.code, code, body.message);
    if (message) assert.match(body.message, message);
  };
  /** A new crew member asks to join with this invite code; returns the request id. */
  const applicant = async (openid: string, inviteCode: string) => {
    const r = await (await as(openid))('account', 'requestJoin', { inviteCode, name: `申请人${openid.slice(-2)}` });
    assert.equal(r.ok, true, r.message);
    return r.data.id as string;
  };
  const user = (openid: string) => cloud.db.find('users', { _id: openid })[0]!;
  /** The branch's member count as listBranches reports it (counted from its members). */
  const memberCount = async (branchId: string) =>
    ((await (await as('admin_a'))('org', 'listBranches')).data as Array<{ id: string; memberCount: number }>).find((b) => b.id === branchId)!
      .memberCount;

  describe('branches', () => {
    it('lists the branches of the caller’s org, and every branch to someone with no org', async () => {
      const own = await (await as('admin_a'))('org', 'listBranches');
      assert.deepEqual(
        own.data.map((b: { id: string }) => b.id),
        ['br_a1', 'br_a2', 'br_a3'], // in pinyin order: 机关 ji, 任城 ren, 智慧 zhi
      );
      assert.deepEqual(own.data[1], {
        id: 'br_a2',
        orgId: 'org_a',
        orgName: '济宁市港航事业发展中心党委',
        name: '任城港航党支部',
        brand: null,
        memberCount: 2,
      });
      const all = await (await as('crew_nobody'))('org', 'listBranches');
      assert.equal(all.data.length, 4);
    });
  });

  describe('join requests', () => {
    it('a secretary sees only their own branch’s queue; another branch’s is FORBIDDEN', async () => {
      const id = await applicant('crew_q1', 'AAAAA1');
      const sec1 = await as('sec_a1');
      const mine = await sec1('org', 'listJoinRequests');
      assert.deepEqual(
        mine.data.map((r: { id: string }) => r.id),
        [id],
      );
      assert.equal(mine.data[0].branchName, '机关第一党支部');
      assert.equal((await sec1('org', 'listJoinRequests', { branchId: 'br_a1' })).data.length, 1);
      refused(await sec1('org', 'listJoinRequests', { branchId: 'br_a2' }), 'FORBIDDEN', /本支部/);
      assert.deepEqual((await (await as('sec_a2'))('org', 'listJoinRequests')).data, []);
      refused(await (await as('mem_a1'))('org', 'listJoinRequests'), 'FORBIDDEN');
      refused(await (await as('admin_b'))('org', 'listJoinRequests', { branchId: 'br_a1' }), 'FORBIDDEN');
      refused(await sec1('org', 'listJoinRequests', { branchId: 'br_nope' }), 'NOT_FOUND');
    });

    it('an org admin sees any branch of the org, or the whole org, newest first', async () => {
      const older = (await (await as('crew_q1'))('account', 'whoami')).data.pendingJoin.id;
      const newer = await applicant('crew_q2', 'AAAAA2');
      const admin = await as('admin_a');
      const whole = await admin('org', 'listJoinRequests');
      assert.deepEqual(
        whole.data.map((r: { id: string }) => r.id),
        [newer, older],
      );
      assert.deepEqual(
        (await admin('org', 'listJoinRequests', { branchId: 'br_a2' })).data.map((r: { id: string }) => r.id),
        [newer],
      );
      assert.deepEqual((await admin('org', 'listJoinRequests', { status: 'approved' })).data, []);
    });

    it('only the branch’s secretary or the org admin may decide; nobody decides their own request', async () => {
      const id = await applicant('crew_d1', 'AAAAA1');
      refused(await (await as('sec_a2'))('org', 'decideJoin', { requestId: id, approve: true }), 'FORBIDDEN');
      refused(await (await as('admin_b'))('org', 'decideJoin', { requestId: id, approve: true }), 'FORBIDDEN');
      refused(await (await as('mem_a1'))('org', 'decideJoin', { requestId: id, approve: true }), 'FORBIDDEN');
      refused(await (await as('crew_d1'))('org', 'decideJoin', { requestId: id, approve: true }), 'FORBIDDEN', /不能审批自己的申请/);
      refused(await (await as('sec_a1'))('org', 'decideJoin', { requestId: 'nope', approve: true }), 'NOT_FOUND');

      // An org admin with no branch yet asks to join one of their own org's branches.
      cloud.db.insert('users', [userDoc('admin_a_new', '何帆', ['crew', 'org_admin'], { orgId: 'org_a' })]);
      const own = await applicant('admin_a_new', 'AAAAA2');
      refused(await (await as('admin_a_new'))('org', 'decideJoin', { requestId: own, approve: true }), 'FORBIDDEN', /不能审批自己的申请/);
      assert.equal((await (await as('admin_a'))('org', 'decideJoin', { requestId: own, approve: true })).data.status, 'approved');
      assert.deepEqual(user('admin_a_new')['roles'], ['crew', 'member', 'org_admin'], 'this org’s own admin role is kept');
    });

    it('the same approval sent twice at once grants membership once', async () => {
      const id = await applicant('crew_twice', 'AAAAA2');
      const count = await memberCount('br_a2');
      const [sec, admin] = [await as('sec_a2'), await as('admin_a')];
      const results = await Promise.all([
        sec('org', 'decideJoin', { requestId: id, approve: true }),
        sec('org', 'decideJoin', { requestId: id, approve: true }),
        admin('org', 'decideJoin', { requestId: id, approve: true }),
      ]);
      // A secretary's own repeat answers with the decided request; the other decider is told it is done.
      assert.ok(results.some((r) => r.ok), JSON.stringify(results));
      for (const r of results.filter((x) => !x.ok)) refused(r, 'CONFLICT', /已处理/);
      assert.ok(results[0].ok === results[1].ok && results[0].ok !== results[2].ok, JSON.stringify(results));
      assert.equal(await memberCount('br_a2'), count + 1);
      assert.deepEqual(user('crew_twice')['roles'], ['crew', 'member']);
      assert.equal(user('crew_twice')['branchId'], 'br_a2');
      assert.equal(user('crew_twice')['orgId'], 'org_a');
    });

    it('rejecting needs a reason; a rejected person may apply again', async () => {
      const id = await applicant('crew_rej', 'AAAAA1');
      const sec = await as('sec_a1');
      refused(await sec('org', 'decideJoin', { requestId: id, approve: false }), 'INVALID_INPUT', /驳回时请填写理由/);
      refused(await sec('org', 'decideJoin', { requestId: id, approve: false, reason: '   ' }), 'INVALID_INPUT', /理由/);
      const rejected = await sec('org', 'decideJoin', { requestId: id, approve: false, reason: '请先参加入党积极分子培训' });
      assert.equal(rejected.data.status, 'rejected');
      assert.equal(rejected.data.reason, '请先参加入党积极分子培训');
      assert.ok(rejected.data.decidedAt);
      refused(await sec('org', 'decideJoin', { requestId: id, approve: true }), 'CONFLICT');
      assert.deepEqual(user('crew_rej')['roles'], ['crew']);
      assert.equal((await sec('org', 'listJoinRequests', { status: 'rejected' })).data[0].id, id);
      await applicant('crew_rej', 'AAAAA1');
    });
  });

  describe('invite codes', () => {
    it('a secretary gets their own branch’s code; another branch’s is FORBIDDEN', async () => {
      const sec = await as('sec_a1');
      assert.deepEqual((await sec('org', 'getInviteCode')).data, { branchId: 'br_a1', code: 'AAAAA1' });
      refused(await sec('org', 'getInviteCode', { branchId: 'br_a2' }), 'FORBIDDEN');
      refused(await (await as('mem_a1'))('org', 'getInviteCode'), 'FORBIDDEN');
      refused(await (await as('admin_a'))('org', 'getInviteCode'), 'INVALID_INPUT', /请选择支部/);
    });

    it('is created when missing, and renewing replaces it: the old code stops working', async () => {
      const admin = await as('admin_a');
      const created = (await admin('org', 'getInviteCode', { branchId: 'br_a3' })).data.code;
      assert.match(created, /^[A-Z0-9]{6}$/);
      assert.equal((await admin('org', 'getInviteCode', { branchId: 'br_a3' })).data.code, created, 'stable until renewed');
      const renewed = (await admin('org', 'getInviteCode', { branchId: 'br_a3', renew: true })).data.code;
      assert.match(renewed, /^[A-Z0-9]{6}$/);
      assert.notEqual(renewed, created);
      refused(await (await as('crew_old_code'))('account', 'requestJoin', { inviteCode: created, name: '旧码' }), 'NOT_FOUND', /邀请码无效/);
      const joined = await (await as('crew_new_code'))('account', 'requestJoin', { inviteCode: renewed, name: '新码' });
      assert.equal(joined.data.branchId, 'br_a3');
    });

    it('never issues a code twice, and branches without a code can coexist', () => {
      const issued = cloud.db.find('inviteCodes', { branchId: 'br_a3' });
      assert.equal(issued.length, 2, 'the first code and the renewed one');
      assert.throws(() => cloud.db.insert('inviteCodes', [{ _id: issued[0]!._id, branchId: 'br_a1' }]), /E11000/);
      cloud.db.insert('branches', [
        { _id: 'br_a4', orgId: 'org_a', name: '新建支部一', brand: null, inviteCode: null, memberCount: 0 },
        { _id: 'br_a5', orgId: 'org_a', name: '新建支部二', brand: null, memberCount: 0 },
      ]);
    });
  });

  describe('members', () => {
    it('a secretary lists their branch; an org admin any branch of the org or the whole org', async () => {
      const sec = await as('sec_a1');
      const mine = (await sec('org', 'listMembers')).data;
      assert.ok(mine.length >= 3);
      assert.ok(mine.every((m: { branchId: string }) => m.branchId === 'br_a1'));
      assert.deepEqual(
        mine.find((m: { openid: string }) => m.openid === 'mem_a1'),
        {
          openid: 'mem_a1',
          name: '李红梅',
          avatarUrl: '',
          phone: '13900000002',
          roles: ['crew', 'member'],
          branchId: 'br_a1',
          stationId: null,
        },
      );
      refused(await sec('org', 'listMembers', { branchId: 'br_a2' }), 'FORBIDDEN');
      const admin = await as('admin_a');
      const branchA2 = (await admin('org', 'listMembers', { branchId: 'br_a2' })).data;
      assert.ok(branchA2.some((m: { openid: string }) => m.openid === 'sec_a2'));
      const whole = (await admin('org', 'listMembers')).data.map((m: { openid: string }) => m.openid);
      assert.ok(whole.includes('mem_a1') && whole.includes('mem_a2') && !whole.includes('admin_b'));
      refused(await admin('org', 'listMembers', { branchId: 'br_b1' }), 'FORBIDDEN');
      refused(await (await as('crew_nobody'))('org', 'listMembers'), 'FORBIDDEN');
    });
  });

  describe('roster import', () => {
    it('imports a CSV with a BOM and reports the rows it skipped, in Chinese', async () => {
      cloud.db.insert('roster', [
        {
          _id: 'ro_existing',
          orgId: 'org_a',
          name: '老名单',
          phone: '13800000099',
          branchId: 'br_a1',
          claimedBy: null,
          importedAt: new Date(),
          importedBy: 'admin_a',
        },
      ]);
      const file = csvBase64([
        '姓名,手机号,支部',
        '陈一,13800000001,机关第一党支部',
        '陈二,138 0000 0002,任城港航党支部',
        '陈三,12345,机关第一党支部',
        '陈四,13800000004,不存在的支部',
        ',13800000005,机关第一党支部',
        '',
        '陈六,13800000099,机关第一党支部',
        '陈七,13800000001,机关第一党支部',
        '陈八,13800000008,',
      ]);
      const r = await (await as('admin_a'))('org', 'importRoster', { fileName: '名册.CSV', contentBase64: file });
      assert.equal(r.ok, true, r.message);
      assert.deepEqual(r.data, {
        imported: 2,
        skipped: [
          { line: 4, reason: '手机号应为 1 开头的 11 位数字' },
          { line: 5, reason: '找不到支部“不存在的支部”' },
          { line: 6, reason: '缺少姓名' },
          { line: 8, reason: '该手机号已在名册中' },
          { line: 9, reason: '该手机号在文件中重复' },
          { line: 10, reason: '缺少支部' },
        ],
      });
      const rows = cloud.db.find('roster', { orgId: 'org_a', phone: { $in: ['13800000001', '13800000002'] } });
      assert.deepEqual(
        rows.map((x) => [x['name'], x['phone'], x['branchId'], x['claimedBy'], x['importedBy']]).sort(),
        [
          ['陈一', '13800000001', 'br_a1', null, 'admin_a'],
          ['陈二', '13800000002', 'br_a2', null, 'admin_a'],
        ],
      );
    });

    it('imports an .xlsx built with exceljs, with English headers and numeric phones', async () => {
      const file = await xlsxBase64([
        ['Name', 'Phone', 'Branch'],
        ['黄一', 13800000101, '智慧港航党支部'],
        ['黄二', 13800000102, '安庆第一党支部'], // a branch of another org
        ['黄三', '1380000010', '智慧港航党支部'],
      ]);
      const r = await (await as('admin_a'))('org', 'importRoster', { fileName: 'roster.xlsx', contentBase64: file });
      assert.deepEqual(r.data, {
        imported: 1,
        skipped: [
          { line: 3, reason: '找不到支部“安庆第一党支部”' },
          { line: 4, reason: '手机号应为 1 开头的 11 位数字' },
        ],
      });
      const listed = (await (await as('admin_a'))('org', 'listRoster')).data;
      assert.deepEqual(
        listed.find((x: { phone: string }) => x.phone === '13800000101'),
        {
          id: listed.find((x: { phone: string }) => x.phone === '13800000101').id,
          name: '黄一',
          phone: '13800000101',
          branchId: 'br_a3',
          branchName: '智慧港航党支部',
          claimedBy: null,
        },
      );
    });

    it('reads a CSV saved by Chinese Excel in GBK', async () => {
      const gbk = Buffer.from('d0d5c3fb2ccad6bbfabac52cd6a7b2bf0d0a' + 'cdf5baa32c31333830303030303230312c' + 'bbfab9d8b5dad2bbb5b3d6a7b2bf0d0a', 'hex');
      const r = await (await as('admin_a'))('org', 'importRoster', { fileName: 'gbk.csv', contentBase64: gbk.toString('base64') });
      assert.deepEqual(r.data, { imported: 1, skipped: [] });
      assert.equal(cloud.db.find('roster', { orgId: 'org_a', phone: '13800000201' })[0]!['name'], '王海');
    });

    it('refuses non-admins, files it cannot read, and files without the header', async () => {
      const file = csvBase64(['姓名,手机号,支部', '甲,13800000301,机关第一党支部']);
      for (const who of ['sec_a1', 'mem_a1', 'crew_nobody']) {
        refused(await (await as(who))('org', 'importRoster', { fileName: 'a.csv', contentBase64: file }), 'FORBIDDEN');
        refused(await (await as(who))('org', 'listRoster'), 'FORBIDDEN');
      }
      const admin = await as('admin_a');
      refused(
        await admin('org', 'importRoster', { fileName: 'a.xlsx', contentBase64: Buffer.from('not a zip').toString('base64') }),
        'INVALID_INPUT',
        /无法读取/,
      );
      refused(
        await admin('org', 'importRoster', { fileName: 'a.csv', contentBase64: csvBase64(['名字,电话', '甲,13800000301']) }),
        'INVALID_INPUT',
        /表头/,
      );
      refused(await admin('org', 'importRoster', { fileName: 'a.txt', contentBase64: file }), 'INVALID_INPUT', /\.csv 或 \.xlsx/);
      assert.equal(cloud.db.count('roster', { phone: '13800000301' }), 0);
    });
  });

  describe('roles', () => {
    it('an org admin appoints a branch secretary, only for the branch the person belongs to', async () => {
      const admin = await as('admin_a');
      refused(await admin('org', 'setRoles', { openid: 'mem_a2', roles: ['branch_admin'] }), 'INVALID_INPUT', /请选择支部/);
      refused(
        await admin('org', 'setRoles', { openid: 'mem_a2', roles: ['branch_admin'], branchId: 'br_a1' }),
        'CONFLICT',
        /本支部的党员/,
      );
      refused(await admin('org', 'setRoles', { openid: 'mem_a2', roles: ['branch_admin'], branchId: 'br_b1' }), 'NOT_FOUND');
      const r = await admin('org', 'setRoles', { openid: 'mem_a2', roles: ['branch_admin'], branchId: 'br_a2' });
      assert.deepEqual(r.data.roles, ['crew', 'member', 'branch_admin']);
      assert.equal((await (await as('mem_a2'))('org', 'listJoinRequests')).ok, true, 'the new secretary can read the queue');
      const removed = await admin('org', 'setRoles', { openid: 'mem_a2', roles: [] });
      assert.deepEqual(removed.data.roles, ['crew', 'member'], 'member stays: it follows from joining');
      refused(await (await as('mem_a2'))('org', 'listJoinRequests'), 'FORBIDDEN');
    });

    it('makes crew station staff of a station of the org, and takes it back', async () => {
      const admin = await as('admin_a');
      await (await as('crew_staff'))('account', 'whoami');
      refused(await admin('org', 'setRoles', { openid: 'crew_staff', roles: ['station_staff'] }), 'INVALID_INPUT', /驿站/);
      refused(await admin('org', 'setRoles', { openid: 'crew_staff', roles: ['station_staff'], stationId: 'st_b1' }), 'NOT_FOUND');
      const r = await admin('org', 'setRoles', { openid: 'crew_staff', roles: ['station_staff'], stationId: 'st_a1' });
      assert.deepEqual([r.data.roles, r.data.stationId, r.data.branchId], [['crew', 'station_staff'], 'st_a1', null]);
      const me = (await (await as('crew_staff'))('account', 'whoami')).data;
      assert.deepEqual([me.station, me.org, me.branch], [{ id: 'st_a1', name: '济舟港湾红色驿站' }, null, null], 'a station gives no org');
      const listed = (await admin('org', 'listMembers')).data.find((m: { openid: string }) => m.openid === 'crew_staff');
      assert.equal(listed?.stationId, 'st_a1', 'the org admin sees the staff of the org’s stations');
      const back = await admin('org', 'setRoles', { openid: 'crew_staff', roles: [] });
      assert.deepEqual([back.data.roles, back.data.stationId], [['crew'], null]);
      assert.equal(user('crew_staff')['orgId'], null);
      assert.equal((await admin('org', 'listMembers')).data.find((m: { openid: string }) => m.openid === 'crew_staff'), undefined);
    });

    it('refuses non-admins, people of another org, unknown people, and dropping one’s own admin role', async () => {
      const admin = await as('admin_a');
      refused(await (await as('sec_a1'))('org', 'setRoles', { openid: 'mem_a1', roles: ['org_admin'] }), 'FORBIDDEN');
      refused(await admin('org', 'setRoles', { openid: 'admin_b', roles: [] }), 'FORBIDDEN', /其他单位/);
      refused(await admin('org', 'setRoles', { openid: 'ghost', roles: [] }), 'NOT_FOUND');
      refused(await admin('org', 'setRoles', { openid: 'admin_a', roles: [] }), 'FORBIDDEN', /自己的管理员权限/);
      refused(await admin('org', 'setRoles', { openid: 'mem_a1', roles: ['crew'] }), 'INVALID_INPUT');
      const both = await admin('org', 'setRoles', { openid: 'mem_a1', roles: ['org_admin', 'org_admin'] });
      assert.deepEqual(both.data.roles, ['crew', 'member', 'org_admin']);
      const kept = await admin('org', 'setRoles', { openid: 'admin_a', roles: ['org_admin'] });
      assert.deepEqual(kept.data.roles, ['crew', 'member', 'org_admin']);
    });
  });

  describe('large collections', () => {
    it('every query is served by a declared index (strict mode fails a scan of 1000+ documents)', async () => {
      const at = new Date('2026-02-01T00:00:00Z');
      const n = 1200;
      cloud.db.insert(
        'users',
        Array.from({ length: n }, (_, i) => userDoc(`bulk_u${i}`, `船员${i}`, ['crew', 'member'], { orgId: 'org_b', branchId: 'br_b1' })),
      );
      cloud.db.insert(
        'roster',
        Array.from({ length: n }, (_, i) => ({
          _id: `bulk_r${i}`,
          orgId: 'org_b',
          name: `名册${i}`,
          phone: `137${String(i).padStart(8, '0')}`,
          branchId: 'br_b1',
          claimedBy: null,
          importedAt: at,
          importedBy: 'admin_b',
        })),
      );
      cloud.db.insert(
        'joinRequests',
        Array.from({ length: n }, (_, i) => ({
          _id: `bulk_j${i}`,
          openid: `bulk_u${i}`,
          name: `船员${i}`,
          phone: null,
          orgId: 'org_b',
          branchId: 'br_b1',
          via: 'invite',
          rosterId: null,
          status: i % 2 ? 'approved' : 'pending',
          reason: null,
          createdAt: new Date(at.getTime() + i * 1000),
          decidedAt: null,
          decidedBy: null,
        })),
      );
      const adminB = await as('admin_b');
      const queue = await adminB('org', 'listJoinRequests');
      assert.equal(queue.ok, true, queue.message);
      assert.equal(queue.data[0].id, `bulk_j${n - 2}`, 'newest first');
      assert.equal((await adminB('org', 'listJoinRequests', { branchId: 'br_b1', status: 'approved' })).ok, true);
      assert.equal((await adminB('org', 'listMembers')).ok, true);
      assert.equal((await adminB('org', 'listMembers', { branchId: 'br_b1' })).ok, true);
      assert.equal((await adminB('org', 'listRoster')).data.length, 1000);
      assert.equal((await adminB('org', 'listBranches')).ok, true);
      const csv = csvBase64(['姓名,手机号,支部', '新人,13700000005,安庆第一党支部', '新人二,13900009999,安庆第一党支部']);
      assert.deepEqual((await adminB('org', 'importRoster', { fileName: 'b.csv', contentBase64: csv })).data, {
        imported: 1,
        skipped: [{ line: 2, reason: '该手机号已在名册中' }],
      });
      const crew = await as('crew_bulk');
      const asked = await crew('account', 'requestJoin', { name: '名册7', phone: '13700000007', branchId: 'br_b1' });
      assert.equal(asked.ok, true, asked.message);
      assert.equal((await crew('account', 'whoami')).data.pendingJoin.id, asked.data.id);
      assert.equal((await crew('account', 'cancelJoin')).ok, true);
      const member = (await (await as('bulk_u3'))('account', 'whoami')).data;
      assert.deepEqual(member.branch, { id: 'br_b1', name: '安庆第一党支部' });
    });
  });
});
