// Attacks on the points API that once worked: reserved ids as field names, hidden characters in
// texts, claims filed twice by a retry, and evidence that was never uploaded.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { defaultStandard } from '../../cloud/core/points/default-standard';
import { callerCache, chinaDay, okData as ok, refusedWith as refused, ROOT, seedOrgFixture, startTestCloud, uploadPhoto, userDoc } from './helpers';

const { year } = chinaDay();
const LAST = year - 1;
const day = (month: number, d: number) => `${LAST}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('points: hardening', () => {
  let cloud: LocalCloud;
  let as: ReturnType<typeof callerCache>;
  const p = async (openid: string, action: string, data?: unknown) => (await as(openid))('points', action, data);

  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    seedOrgFixture(cloud.db);
    as = callerCache(cloud);
    const a1 = { orgId: 'org_a', branchId: 'br_a1' };
    cloud.db.insert('users', ['h_proto', 'h_text', 'h_twice', 'h_photo'].map((openid) => userDoc(openid, '党员', ['crew', 'member'], a1)));
  });
  after(() => cloud.close());

  describe('reserved ids', () => {
    it('saveStandard refuses category and item ids that are Object.prototype names', async () => {
      const base = ok(await p('admin_b', 'getStandard'));
      const input = { baseVersion: 0, categories: base.categories, items: base.items, stars: base.stars };
      for (const bad of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        const categories = [...base.categories, { id: bad, name: `类别${bad.length}` }];
        refused(await p('admin_b', 'saveStandard', { ...input, categories }), 'INVALID_INPUT', /保留名称/);
        const items = [...base.items, { ...base.items[0], id: bad }];
        refused(await p('admin_b', 'saveStandard', { ...input, items }), 'INVALID_INPUT', /保留名称/);
      }
      assert.equal(cloud.db.find('pointStandards', { _id: 'org_b' }).length, 0);
    });

    it('a stored category named like a prototype property never turns the summary into non-numbers', async () => {
      // As an org saved before ids were checked: categories `constructor` and `toString`.
      const std = defaultStandard('org_a');
      cloud.db.insert('pointStandards', [
        {
          _id: 'org_a',
          orgId: 'org_a',
          version: 1,
          categories: [...std.categories, { id: 'constructor', name: '旧类别一' }, { id: 'toString', name: '旧类别二' }],
          items: std.items,
          stars: std.stars,
          updatedAt: new Date(),
          updatedBy: 'admin_a',
        },
      ]);
      ok(await p('sec_a1', 'award', { requestId: 'proto-award-1', openid: 'h_proto', itemId: 'honor_unit', date: day(3, 1), reason: '表彰' }));
      const summary = ok(await p('h_proto', 'summary', { year: LAST }));
      for (const c of summary.byCategory) assert.equal(typeof c.points, 'number', JSON.stringify(c));
      assert.equal(
        summary.byCategory.reduce((s: number, c: { points: number }) => s + c.points, 0),
        summary.total,
      );
      assert.deepEqual(
        summary.byCategory.filter((c: { categoryId: string }) => ['constructor', 'toString'].includes(c.categoryId)).map((c: { points: number }) => c.points),
        [0, 0],
      );
    });
  });

  describe('hidden characters', () => {
    const hidden = ['\u202e', '\u200b', '\u0000', '\u2066', '\ufeff', '\u0007'];

    it('claim notes, reasons and standard names refuse control, zero-width and direction characters', async () => {
      for (const c of hidden) {
        const note = `参加学习${c}心得`;
        refused(await p('h_text', 'claim', { requestId: `hidden-${c.codePointAt(0)}`, itemId: 'study_session', date: day(2, 2), note, photos: [] }), 'INVALID_INPUT', /不可见字符或控制字符/);
        refused(await p('sec_a1', 'award', { requestId: `hidden-award-${c.codePointAt(0)}`, openid: 'h_text', itemId: 'honor_unit', date: day(2, 2), reason: `表${c}彰` }), 'INVALID_INPUT', /不可见字符/);
        refused(await p('sec_a1', 'decideClaims', { requestId: `hidden-dec-${c.codePointAt(0)}`, claimIds: ['x1'], approve: false, reason: `不${c}符` }), 'INVALID_INPUT', /不可见字符/);
        refused(await p('sec_a1', 'correct', { entryId: 'x1', reason: `更${c}正` }), 'INVALID_INPUT', /不可见字符/);
        const base = ok(await p('admin_b', 'getStandard'));
        const input = { baseVersion: 0, categories: base.categories, items: base.items, stars: base.stars };
        const categories = base.categories.map((cat: { id: string; name: string }, i: number) => (i ? cat : { ...cat, name: `政治${c}学习` }));
        refused(await p('admin_b', 'saveStandard', { ...input, categories }), 'INVALID_INPUT', /类别名称不能包含/);
        const items = base.items.map((it: { name: string }, i: number) => (i ? it : { ...it, name: `集中${c}学习` }));
        refused(await p('admin_b', 'saveStandard', { ...input, items }), 'INVALID_INPUT', /项目名称不能包含/);
      }
    });

    it('texts are stored NFC, line breaks kept in notes only', async () => {
      const claim = ok(
        await p('h_text', 'claim', { requestId: 'nfc-claim-1', itemId: 'study_session', date: day(2, 3), note: ' Caf\u0065\u0301 学习\r\n第二行 ', photos: [] }),
      );
      assert.equal(claim.note, 'Caf\u00e9 学习\n第二行');
      refused(await p('sec_a1', 'decideClaims', { requestId: 'nfc-dec-1', claimIds: [claim.id], approve: false, reason: '第一行\n第二行' }), 'INVALID_INPUT');
    });
  });

  describe('claims and decisions once per request', () => {
    it('a double tap or a retry files one claim and answers with it; another request is another claim', async () => {
      const body = { requestId: 'twice-claim-0001', itemId: 'study_session', date: day(3, 3), note: '参加学习', photos: [] };
      const [a, b, c] = await Promise.all([p('h_twice', 'claim', body), p('h_twice', 'claim', body), p('h_twice', 'claim', body)]);
      const first = ok(a);
      assert.equal(ok(b).id, first.id);
      assert.equal(ok(c).id, first.id);
      assert.equal(ok(await p('h_twice', 'claim', body)).id, first.id); // a retry later, too
      assert.equal(cloud.db.find('pointClaims', { openid: 'h_twice' }).length, 1);
      assert.equal(cloud.db.find('pointTotals', { _id: 'pending_h_twice' })[0]!['pendingClaims'], 1);
      // The same request id for something else is refused, not mistaken for a retry.
      refused(await p('h_twice', 'claim', { ...body, itemId: 'org_meeting' }), 'CONFLICT', /请求编号已被使用/);
      const other = ok(await p('h_twice', 'claim', { ...body, requestId: 'twice-claim-0002' }));
      assert.notEqual(other.id, first.id);
      assert.equal(cloud.db.find('pointClaims', { openid: 'h_twice' }).length, 2);
    });

    it('a retried decision answers with its first result, granting once', async () => {
      const c = ok(await p('h_twice', 'claim', { requestId: 'twice-claim-0003', itemId: 'org_meeting', date: day(3, 4), note: '', photos: [] }));
      const decision = { requestId: 'twice-decide-01', claimIds: [c.id], approve: true };
      const [x, y] = await Promise.all([p('sec_a1', 'decideClaims', decision), p('sec_a1', 'decideClaims', decision)]);
      for (const r of [ok(x), ok(y), ok(await p('sec_a1', 'decideClaims', decision))]) {
        assert.deepEqual(r.failed, []);
        assert.deepEqual(r.decided.map((d: { id: string; status: string }) => [d.id, d.status]), [[c.id, 'approved']]);
      }
      assert.equal(cloud.db.find('pointLedger', { sourceId: c.id }).length, 1);
      // Another decision of the same claim is still refused.
      const again = ok(await p('sec_a1', 'decideClaims', { ...decision, requestId: 'twice-decide-02' }));
      assert.match(again.failed[0].message, /已处理/);
    });
  });

  describe('evidence', () => {
    it('accepts only photos uploaded to this environment, in the claimant’s own folder', async () => {
      const claim = (requestId: string, photos: string[]) =>
        p('h_photo', 'claim', { requestId, itemId: 'volunteer_service', date: day(4, 4), note: '', photos });
      refused(await claim('photo-claim-01', ['cloud://local.local-bucket/claims/h_photo/never.jpg']), 'INVALID_INPUT', /照片不存在/);
      const uploaded = await uploadPhoto(cloud, 'h_photo', 'real.png');
      refused(await claim('photo-claim-02', [uploaded.replace('cloud://local.', 'cloud://other-env.')]), 'INVALID_INPUT', /不是在本小程序上传/);
      refused(await claim('photo-claim-03', [uploaded, 'cloud://local.local-bucket/claims/h_photo/ghost.jpg']), 'INVALID_INPUT', /照片不存在/);
      const theirs = await uploadPhoto(cloud, 'mem_a1', 'theirs.png');
      refused(await claim('photo-claim-04', [theirs]), 'FORBIDDEN', /自己上传/);
      assert.deepEqual(ok(await claim('photo-claim-05', [uploaded])).photos, [uploaded]);
    });
  });
});
