// Roles across organisations: an org admin grants roles only inside their own org, a station
// assignment captures nobody, and admission into a branch keeps only the admitting org's roles.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { ROOT, seedOrgFixture, startTestCloud, userDoc } from './helpers';
import { caller, refused } from './join-helpers';

describe('roles stay inside the granting organisation', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    seedOrgFixture(cloud.db);
  });
  after(() => cloud.close());

  const as = (openid: string) => caller(cloud, openid);
  const user = (openid: string) => cloud.db.find('users', { _id: openid })[0]!;
  /** `openid` asks to join with this invite code, and the branch's secretary (or admin) approves. */
  const joinAndApprove = async (openid: string, inviteCode: string, approver: string) => {
    const asked = await as(openid)('account', 'requestJoin', { inviteCode, name: '申请人' });
    assert.equal(asked.ok, true, asked.message);
    const decided = await as(approver)('org', 'decideJoin', { requestId: asked.data.id, approve: true });
    assert.equal(decided.ok, true, decided.message);
  };

  it('an admin of another org cannot grant roles to crew of no org, nor to a pending applicant', async () => {
    await as('crew_x1')('account', 'whoami');
    refused(await as('admin_b')('org', 'setRoles', { openid: 'crew_x1', roles: ['org_admin'] }), 'FORBIDDEN', /本单位/);
    assert.deepEqual(user('crew_x1')['roles'], ['crew']);
    assert.equal(user('crew_x1')['orgId'], null);

    // A pending applicant of org A is still crew of no org: org B's admin cannot take them.
    const asked = await as('crew_x2')('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '申请人' });
    refused(await as('admin_b')('org', 'setRoles', { openid: 'crew_x2', roles: ['org_admin'] }), 'FORBIDDEN');
    const approved = await as('sec_a1')('org', 'decideJoin', { requestId: asked.data.id, approve: true });
    assert.equal(approved.data.status, 'approved');
    assert.deepEqual(user('crew_x2')['roles'], ['crew', 'member'], 'an org admin of nothing in A');
  });

  it('org_admin and branch_admin go only to members of the granter’s org', async () => {
    await as('crew_x3')('account', 'whoami');
    refused(await as('admin_a')('org', 'setRoles', { openid: 'crew_x3', roles: ['org_admin'] }), 'FORBIDDEN', /本单位/);
    refused(
      await as('admin_a')('org', 'setRoles', { openid: 'crew_x3', roles: ['branch_admin'], branchId: 'br_a1' }),
      'CONFLICT',
    );
    assert.deepEqual(user('crew_x3')['roles'], ['crew']);
    const granted = await as('admin_a')('org', 'setRoles', { openid: 'mem_a1', roles: ['org_admin'] });
    assert.deepEqual(granted.data.roles, ['crew', 'member', 'org_admin']);
    assert.deepEqual((await as('admin_a')('org', 'setRoles', { openid: 'mem_a1', roles: [] })).data.roles, [
      'crew',
      'member',
    ]);
  });

  it('station staff of the org’s station stays in no org and can still join another org’s branch', async () => {
    await as('crew_s1')('account', 'whoami');
    const staff = await as('admin_a')('org', 'setRoles', {
      openid: 'crew_s1',
      roles: ['station_staff'],
      stationId: 'st_a1',
    });
    assert.deepEqual([staff.data.roles, staff.data.stationId], [['crew', 'station_staff'], 'st_a1']);
    assert.equal(user('crew_s1')['orgId'], null, 'a station does not make them part of the org');
    const me = (await as('crew_s1')('account', 'whoami')).data;
    assert.deepEqual([me.org, me.station], [null, { id: 'st_a1', name: '济舟港湾红色驿站' }]);

    // Staff of org A's station: org B's admin can neither re-assign them nor take the role away.
    refused(
      await as('admin_b')('org', 'setRoles', { openid: 'crew_s1', roles: ['station_staff'], stationId: 'st_b1' }),
      'FORBIDDEN',
      /其他单位/,
    );
    refused(await as('admin_b')('org', 'setRoles', { openid: 'crew_s1', roles: [] }), 'FORBIDDEN');

    await joinAndApprove('crew_s1', 'BBBBB1', 'admin_b');
    assert.deepEqual(
      [user('crew_s1')['roles'], user('crew_s1')['stationId'], user('crew_s1')['orgId'], user('crew_s1')['branchId']],
      [['crew', 'member'], null, 'org_b', 'br_b1'],
      'org A’s station role does not follow them into org B',
    );
  });

  it('admission keeps roles scoped inside the admitting org and drops the rest', async () => {
    // As the old setRoles left people: roles granted by other orgs to someone in no org.
    cloud.db.insert('users', [
      userDoc('cap_1', '被占一', ['crew', 'org_admin', 'branch_admin', 'station_staff'], { stationId: 'st_b1' }),
      userDoc('cap_2', '驿站二', ['crew', 'station_staff'], { stationId: 'st_a1' }),
    ]);
    await joinAndApprove('cap_1', 'AAAAA2', 'sec_a2');
    assert.deepEqual([user('cap_1')['roles'], user('cap_1')['stationId']], [['crew', 'member'], null]);
    refused(await as('cap_1')('org', 'listRoster'), 'FORBIDDEN');

    await joinAndApprove('cap_2', 'AAAAA2', 'sec_a2');
    assert.deepEqual(
      [user('cap_2')['roles'], user('cap_2')['stationId']],
      [['crew', 'member', 'station_staff'], 'st_a1'],
      'staff of the admitting org’s own station stay staff',
    );
  });

  it('the secretary sees each applicant’s current roles, organisation and station', async () => {
    await as('crew_q9')('account', 'whoami');
    await as('admin_b')('org', 'setRoles', { openid: 'crew_q9', roles: ['station_staff'], stationId: 'st_b1' });
    const asked = await as('crew_q9')('account', 'requestJoin', { inviteCode: 'AAAAA1', name: '申请人' });
    const queue = (await as('sec_a1')('org', 'listJoinRequests')).data;
    const item = queue.find((r: { id: string }) => r.id === asked.data.id);
    assert.deepEqual(item.applicant, {
      roles: ['crew', 'station_staff'],
      org: null,
      station: { id: 'st_b1', name: '安庆水上服务区', orgName: '安庆港航党委' },
    });
    assert.equal(item.rosterMatch, null, 'invite-code requests have no roster check');
  });
});
