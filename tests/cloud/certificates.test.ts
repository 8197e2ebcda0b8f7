import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { badgeOn, checkValidity, maskNumber, milestoneOn } from '../../contracts/certificates';
import { addDays, chinaDate } from '../../contracts/stations-hours';
import { callerCache, okData, refusedWith, ROOT, startTestCloud } from './helpers';

describe('certificate rules (data, China days)', () => {
  it('海员证: at most 5 years, never past the 65th birthday; 健康证: 2 years', () => {
    const today = '2026-04-29';
    const passport = (expiresOn: string, birthDate: string | null = '1970-06-01') =>
      checkValidity({ kind: 'seafarer_passport', issuedOn: '2024-03-01', expiresOn, birthDate }, today);
    assert.equal(passport('2029-03-01').error, null);
    assert.match(passport('2029-03-02').error!, /海员证有效期最长 5 年：签发日期 2024-03-01，到期日期最晚为 2029-03-01/);
    assert.equal(passport('2029-03-01', '1964-03-01').error, null); // turns 65 on 2029-03-01
    assert.match(passport('2029-03-01', '1964-02-28').error!, /不能超过持证人 65 周岁生日（2029-02-28）/);
    assert.match(passport('2029-03-02', '1964-03-01').error!, /最长 5 年/);
    assert.deepEqual(passport('2028-01-01', null).warnings, ['未填写出生日期，无法核对海员证不超过 65 周岁生日的规定']);
    const health = (issuedOn: string, expiresOn: string | null) => checkValidity({ kind: 'health', issuedOn, expiresOn, birthDate: null }, today);
    assert.equal(health('2024-02-29', '2026-02-28').error, null); // no 29 February in 2026
    assert.match(health('2024-02-29', '2026-03-01').error!, /健康证有效期最长 2 年/);
    assert.match(health('2026-04-30', '2027-01-01').error!, /签发日期不能晚于今天/);
    assert.match(health('2025-01-01', null).error!, /没有长期有效的/);
    assert.match(health('2025-01-01', '2025-01-01').error!, /到期日期须晚于签发日期/);
    assert.equal(checkValidity({ kind: 'service_book', issuedOn: '2010-01-01', expiresOn: null, birthDate: null }, today).error, null);
  });

  it('badges and reminders turn at the China day boundary, exactly 90, 30 and 7 days before', () => {
    const expiry = '2026-08-01';
    assert.deepEqual(badgeOn(expiry, '2026-05-02'), { badge: 'valid', daysLeft: 91 });
    assert.deepEqual(badgeOn(expiry, '2026-05-03'), { badge: 'expiring', daysLeft: 90 });
    assert.deepEqual(badgeOn(expiry, '2026-08-01'), { badge: 'expiring', daysLeft: 0 });
    assert.deepEqual(badgeOn(expiry, '2026-08-02'), { badge: 'expired', daysLeft: -1 });
    const due = (d: string) => milestoneOn(expiry, d);
    assert.equal(due('2026-05-02'), null);
    assert.equal(due('2026-05-03'), 90);
    assert.equal(due('2026-07-01'), 90);
    assert.equal(due('2026-07-02'), 30);
    assert.equal(due('2026-07-24'), 30);
    assert.equal(due('2026-07-25'), 7);
    assert.equal(due('2026-08-02'), 0);
    // 23:59 and 00:00 China time are different days whatever UTC says.
    assert.equal(chinaDate(new Date('2026-05-02T23:59:00+08:00')), '2026-05-02');
    assert.equal(chinaDate(new Date('2026-05-03T00:00:00+08:00')), '2026-05-03');
  });

  it('masks numbers: 1234****5678', () => {
    assert.equal(maskNumber('E35826194'), 'E358****6194');
    assert.equal(maskNumber('12345678'), '12****78');
    assert.equal(maskNumber('1234'), '****');
  });
});

describe('certificates function', () => {
  let cloud: LocalCloud;
  let as: ReturnType<typeof callerCache>;
  const ce = async (openid: string, action: string, data?: unknown) => (await as(openid))('certificates', action, data);
  const today = () => chinaDate(Date.now());
  const input = (over: Record<string, unknown> = {}) => ({
    requestId: 'cert-request-0001',
    kind: 'health',
    title: '',
    number: 'JK20260001',
    issuedOn: addDays(today(), -700),
    expiresOn: addDays(today(), 30),
    photo: null,
    ...over,
  });

  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions'), seedDemo: true });
    as = callerCache(cloud);
  });
  after(() => cloud.close());

  it('张海生 (demo): his wallet in full, a reminder within 30 days, archived ones apart; nobody else reads it', async () => {
    const w = okData(await ce('demo_crew', 'wallet'));
    const passport = w.certificates.find((c: { kind: string }) => c.kind === 'seafarer_passport');
    assert.equal(passport.number, 'E35826194');
    assert.equal(passport.badge, 'expiring');
    assert.ok(passport.daysLeft <= 30);
    assert.equal(w.archived.length, 1);
    assert.equal(w.archived[0].badge, 'expired');
    const reminders = okData(await ce('demo_crew', 'reminders', { lat: 35.4, lng: 116.59 }));
    const r = reminders.find((x: { certificateId: string }) => x.certificateId === 'cert_demo_passport');
    assert.equal(r.milestone, 30);
    assert.ok(r.materials.includes('原海员证'));
    assert.equal(r.stations[0].id, 'st_jizhou');
    // Others: not even admins or the station staff.
    for (const other of ['demo_admin', 'demo_staff', 'demo_secretary']) {
      refusedWith(await ce(other, 'get', { id: 'cert_demo_passport' }), 'NOT_FOUND');
      assert.equal(okData(await ce(other, 'wallet')).certificates.length, 0);
      refusedWith(await ce(other, 'archive', { id: 'cert_demo_passport' }), 'NOT_FOUND');
    }
  });

  it('creates once per request id; refuses dates against the kind with a Chinese reason and writes nothing', async () => {
    const count = () => cloud.db.find('certificates', { openid: 'wallet_user' }).length;
    refusedWith(await ce('wallet_user', 'save', input({ expiresOn: addDays(today(), 100) })), 'INVALID_INPUT', /健康证有效期最长 2 年/);
    refusedWith(await ce('wallet_user', 'save', input({ number: '12' })), 'INVALID_INPUT', /证书编号/);
    refusedWith(await ce('wallet_user', 'save', input({ photo: 'cloud://env/certificates/someone_else/a.jpg' })), 'INVALID_INPUT', /自己的证书目录/);
    assert.equal(count(), 0);
    const a = okData(await ce('wallet_user', 'save', input()));
    const b = okData(await ce('wallet_user', 'save', input()));
    assert.equal(a.certificate.id, b.certificate.id);
    assert.equal(count(), 1);
    assert.equal(a.certificate.badge, 'expiring');
    // Birth date makes the 65th birthday count for 海员证.
    okData(await ce('wallet_user', 'setBirthDate', { birthDate: '1962-01-01' }));
    refusedWith(
      await ce('wallet_user', 'save', input({ requestId: 'cert-request-0002', kind: 'seafarer_passport', issuedOn: addDays(today(), -10), expiresOn: addDays(today(), 365 * 3) })),
      'INVALID_INPUT',
      /65 周岁生日/,
    );
  });

  it('reminders fall due exactly 90 / 30 / 7 days before, stay until dismissed, and the archive keeps expired ones', async () => {
    const at = (days: number, id: string) => input({ requestId: `cert-due-${id}`, number: `JK2026${id}`, issuedOn: addDays(today(), -300), expiresOn: addDays(today(), days) });
    const made: Record<number, string> = {};
    for (const d of [91, 90, 31, 30, 8, 7]) made[d] = okData(await ce('due_user', 'save', at(d, String(d).padStart(4, '0')))).certificate.id;
    const due = okData(await ce('due_user', 'reminders'));
    const byId = new Map(due.map((r: { certificateId: string; milestone: number }) => [r.certificateId, r.milestone]));
    assert.equal(byId.get(made[91]!), undefined);
    assert.equal(byId.get(made[90]!), 90);
    assert.equal(byId.get(made[31]!), 90);
    assert.equal(byId.get(made[30]!), 30);
    assert.equal(byId.get(made[8]!), 30);
    assert.equal(byId.get(made[7]!), 7);
    okData(await ce('due_user', 'dismissReminder', { id: made[7], milestone: 7 }));
    const after = okData(await ce('due_user', 'reminders'));
    assert.ok(!after.some((r: { certificateId: string }) => r.certificateId === made[7]));
    refusedWith(await ce('other_user', 'dismissReminder', { id: made[90], milestone: 90 }), 'NOT_FOUND');
    const archived = okData(await ce('due_user', 'archive', { id: made[91] }));
    assert.equal(archived.archived, true);
    assert.equal(cloud.db.find('certificates', { _id: made[91] }).length, 1); // kept, not deleted
  });

  it('the owner corrects a certificate, checked against its rule again; nobody else can', async () => {
    const made = okData(await ce('edit_user', 'save', input({ requestId: 'cert-edit-0001' }))).certificate;
    const { requestId: _r, ...fields } = input();
    refusedWith(await ce('edit_user', 'update', { id: made.id, ...fields, expiresOn: addDays(today(), 100) }), 'INVALID_INPUT', /健康证有效期最长 2 年/);
    refusedWith(await ce('other_user', 'update', { id: made.id, ...fields, number: 'JK99990000' }), 'NOT_FOUND');
    okData(await ce('edit_user', 'dismissReminder', { id: made.id, milestone: 30 }));
    const fixed = okData(await ce('edit_user', 'update', { id: made.id, ...fields, number: 'jk20269999', expiresOn: addDays(today(), 20) })).certificate;
    assert.equal(fixed.id, made.id);
    assert.equal(fixed.number, 'JK20269999');
    assert.equal(cloud.db.find('certificates', { openid: 'edit_user' }).length, 1);
    // A new expiry brings its reminders back.
    const due = okData(await ce('edit_user', 'reminders'));
    assert.equal(due.find((r: { certificateId: string }) => r.certificateId === made.id)?.milestone, 30);
  });
});
