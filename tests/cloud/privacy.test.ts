// Personal data (docs/privacy.md): a person exports everything RedSail keeps about them, and
// deleting the account removes their own data and anonymises what the organisation keeps —
// refused while others still depend on them. Over the jobs day (tests/cloud/jobs-fixture.ts):
// mem_a1 has sign-ups, certificates, claims, subscribe accepts and (after a run) messages.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type * as ExcelJS from 'exceljs';
import type { LocalCloud } from '../../cloud/local/server';
import { callerCache, okData, refusedWith, uploadPhoto } from './helpers';
import { configureTemplates, fireAt, jobsCloud, RUN_AT } from './jobs-fixture';

async function sheets(base64: string): Promise<Record<string, Array<Record<string, unknown>>>> {
  const { Workbook } = require('exceljs') as typeof ExcelJS;
  const book = new Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const out: Record<string, Array<Record<string, unknown>>> = {};
  book.eachSheet((sheet) => {
    const rows = sheet.getSheetValues().slice(1) as unknown[][];
    const [head = [], ...body] = rows.map((r) => (r ?? []).slice(1));
    out[sheet.name] = body.map((r) => Object.fromEntries((head as string[]).map((k, i) => [k, r[i]])));
  });
  return out;
}

describe('privacy: one’s own data', () => {
  let cloud: LocalCloud;
  let as: ReturnType<typeof callerCache>;
  const account = async (openid: string, action: string, data?: unknown) => (await as(openid))('account', action, data);

  let restore: () => void;
  before(async () => {
    restore = configureTemplates();
    cloud = await jobsCloud();
    as = callerCache(cloud);
    await fireAt(cloud, RUN_AT); // reminders: messages and send marks for mem_a1
    // A claim with an evidence photo of mem_a1's, and one of mem_a2's.
    const photo = (openid: string) => uploadPhoto(cloud, openid, 'evidence.png', 'claims');
    const [mine, theirs] = [await photo('mem_a1'), await photo('mem_a2')];
    const claim = { ...cloud.db.find('pointClaims', { _id: 'claim_old' })[0]! };
    cloud.db.insert('pointClaims', [
      { ...claim, _id: 'claim_photo', photos: [mine], createdAt: new Date('2026-02-27T09:00:00+08:00') },
      { ...claim, _id: 'claim_theirs', openid: 'mem_a2', memberName: '孔灯塔', photos: [theirs] },
    ]);
    files = { mine, theirs };
  });
  let files: { mine: string; theirs: string };
  const stored = (fileId: string) => cloud.files.has(cloud.files.cloudPathOf(fileId)!);
  after(async () => {
    await cloud.close();
    restore();
  });

  it('exports everything kept about the caller, and nothing about anyone else', async () => {
    const out = okData(await account('mem_a1', 'exportMine'));
    assert.match(out.fileName, /^红帆-我的数据-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = await sheets(out.base64);
    assert.equal(book['个人资料']![0]!['phone'], '13900000002');
    assert.equal(book['个人资料']![0]!['name'], '李红梅');
    assert.deepEqual(book['证书']!.map((c) => c['_id']).sort(), ['cert_health', 'cert_later']);
    assert.deepEqual(book['积分申报']!.map((c) => c['_id']).sort(), ['claim_new', 'claim_old', 'claim_photo']);
    assert.equal(book['志愿活动报名']!.length, 5);
    assert.ok(book['消息']!.length > 0);
    assert.equal(book['订阅消息授权']![0]!['count'], 0, 'the three accepts were used by the reminders');
    for (const rows of Object.values(book)) {
      for (const r of rows) if ('openid' in r) assert.equal(r['openid'], 'mem_a1');
    }
    assert.deepEqual(out.counts['certificates'], 2);
  });

  it('a phone number is whole only for its owner and those who need it', async () => {
    assert.equal(okData(await account('mem_a1', 'whoami')).profile.phone, '13900000002');
    const org = async (openid: string, action: string, data?: unknown) => (await as(openid))('org', action, data);
    const listed = okData(await org('sec_a1', 'listMembers', {})).find((m: { openid: string }) => m.openid === 'mem_a1');
    assert.equal(listed.phone, '13900000002', 'the branch secretary reaches members');
    refusedWith(await org('mem_a2', 'listMembers', {}), 'FORBIDDEN');
    refusedWith(await org('sec_a2', 'listMembers', { branchId: 'br_a1' }), 'FORBIDDEN');
  });

  it('refuses to delete an account others still depend on, or with a sign-up still to come', async () => {
    refusedWith(await account('sec_a1', 'deleteMine', { confirm: true }), 'CONFLICT', /移交职务/);
    const soon = new Date(Date.now() + 86_400_000);
    cloud.db.insert('enrollments', [
      { _id: 'act_x_mem_a2', activityId: 'act_x', openid: 'mem_a2', status: 'enrolled', seqKey: '1', signedUpAt: new Date(), startAt: soon, endAt: soon },
    ]);
    refusedWith(await account('mem_a2', 'deleteMine', { confirm: true }), 'CONFLICT', /取消报名/);
    refusedWith(await account('mem_a1', 'deleteMine', {}), 'INVALID_INPUT');
    assert.equal(cloud.db.find('users', { _id: 'mem_a2' })[0]!['name'], '孔灯塔');
  });

  it('deleting removes one’s own data and leaves the organisation’s records with nobody named in them', async () => {
    assert.equal(stored(files.mine), true);
    assert.equal(okData(await account('mem_a1', 'deleteMine', { confirm: true })).files, 1);
    const user = cloud.db.find('users', { _id: 'mem_a1' })[0]!;
    assert.equal(user['name'], '已注销用户');
    assert.equal(user['phone'], null);
    assert.deepEqual(user['roles'], ['crew']);
    assert.equal(user['branchId'], null);
    for (const c of ['certificates', 'messages', 'subscribeAccepts', 'sends']) assert.equal(cloud.db.find(c, { openid: 'mem_a1' }).length, 0, c);
    // Claims stay (the branch's points history), without the name, the note or the photos.
    const claims = cloud.db.find('pointClaims', { openid: 'mem_a1' });
    assert.equal(claims.length, 3);
    for (const c of claims) assert.deepEqual([c['memberName'], c['note'], c['photos']], ['已注销用户', '', []]);
    // The branch no longer lists them; others' data is untouched.
    const members = okData(await (await as('sec_a1'))('org', 'listMembers', {}));
    assert.ok(!members.some((m: { openid: string }) => m.openid === 'mem_a1'));
    assert.equal(cloud.db.find('certificates', { openid: 'mem_a2' }).length, 1);
    // Their photo is gone from storage; another member's stays.
    assert.equal(stored(files.mine), false);
    assert.equal(stored(files.theirs), true);
    // Asking again (a retry) is harmless; the export now holds nothing personal.
    okData(await account('mem_a1', 'deleteMine', { confirm: true }));
    const book = await sheets(okData(await account('mem_a1', 'exportMine')).base64);
    assert.equal(book['个人资料']![0]!['phone'] ?? '', '');
    assert.equal(book['证书']!.length, 0);
  });
});
