import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type * as ExcelJS from 'exceljs';
import type { LocalCloud } from '../../cloud/local/server';
import { defaultStandard } from '../../cloud/core/points/default-standard';
import { actAs, chinaDay, countDbRequests, ROOT, seedOrgFixture, startTestCloud, uploadPhoto, userDoc, type Call } from './helpers';

const { today, year } = chinaDay();
const LAST = year - 1;
/** A day of last year: always in the past and still claimable, whatever today is. */
const day = (month: number, d: number) => `${LAST}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** A photo as the local cloud stores it (the ones the tests use are uploaded in `before`). */
const photo = (openid: string, file = 'a.jpg') => `cloud://local.local-bucket/claims/${openid}/${file}`;
const UPLOADED: Array<[string, string]> = [
  ['m_claim', 'a.jpg'],
  ['m_claim', 'b.png'],
  ['m_cap', 'a.jpg'],
  ['m_dec', 'a.jpg'],
];

/** org_a's standard for these tests: the default one plus a day-capped and a tightly capped item. */
function testStandard() {
  const std = defaultStandard('org_a');
  const extra = (id: string, name: string, points: number, caps: Record<string, number>) => ({
    id,
    categoryId: 'study',
    name,
    points,
    caps,
    evidenceRequired: false,
    claimable: true,
    active: true,
  });
  return {
    _id: 'org_a',
    orgId: 'org_a',
    version: 1,
    categories: std.categories,
    items: [
      ...std.items,
      extra('daily', '“学习强国”每日学习', 1, { day: 1 }),
      extra('tight', '专题学习讨论', 2, { month: 4 }),
      { ...extra('retired', '已停用项目', 2, {}), active: false },
    ],
    stars: std.stars,
    updatedAt: new Date(),
    updatedBy: 'admin_a',
  };
}

describe('points function', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    seedOrgFixture(cloud.db);
    const a1 = { orgId: 'org_a', branchId: 'br_a1' };
    cloud.db.insert(
      'users',
      ['m_claim', 'm_cap', 'm_dec', 'm_bulk', 'm_award', 'm_corr', 'm_std', 'm_sum', 'm_q'].map((openid, i) =>
        userDoc(openid, `党员${i + 1}`, ['crew', 'member'], a1),
      ),
    );
    cloud.db.insert('pointStandards', [testStandard()]);
    for (const [openid, file] of UPLOADED) await uploadPhoto(cloud, openid, file);
  });
  after(() => cloud.close());

  const callers = new Map<string, Call>();
  const as = async (openid: string): Promise<Call> => {
    if (!callers.has(openid)) callers.set(openid, await actAs(cloud, openid));
    return callers.get(openid)!;
  };
  const ok = (body: any) => {
    assert.equal(body.ok, true, JSON.stringify(body));
    return body.data;
  };
  const refused = (body: any, code: string, message?: RegExp) => {
    assert.equal(body.ok, false, JSON.stringify(body));
    assert.equal(body.code, code, body.message);
    if (message) assert.match(body.message, message);
  };
  let requestSeq = 0;
  const requestId = () => `req-${Date.now().toString(36)}-${++requestSeq}`;
  const claim = async (openid: string, itemId: string, date: string, photos: string[] = []) =>
    (await as(openid))('points', 'claim', { requestId: requestId(), itemId, date, note: '参加学习', photos });
  const decide = async (by: string, claimIds: string[], approve: boolean, reason?: string) =>
    ok(await (await as(by))('points', 'decideClaims', { requestId: requestId(), claimIds, approve, ...(reason && { reason }) }));
  const totalOf = (openid: string, y = LAST) =>
    (cloud.db.find('pointTotals', { _id: `${y}_${openid}` })[0]?.['total'] as number) ?? 0;
  const entriesOf = (openid: string) => cloud.db.find('pointLedger', { openid });
  const pendingOf = (openid: string) =>
    (cloud.db.find('pointTotals', { _id: `pending_${openid}` })[0]?.['pendingClaims'] as number) ?? 0;
  /** A branch admin (or org admin) records an item for a member, as a fresh request. */
  const award = async (by: string, openid: string, itemId: string, date: string, reason = '支部记录') =>
    (await as(by))('points', 'award', { requestId: requestId(), openid, itemId, date, reason });

  describe('standard', () => {
    it('members read their org’s standard; an org without one gets the default', async () => {
      const std = ok(await (await as('mem_a1'))('points', 'getStandard'));
      assert.equal(std.version, 1);
      assert.ok(std.items.some((i: { id: string }) => i.id === 'daily'));
      const fallback = ok(await (await as('admin_b'))('points', 'getStandard'));
      assert.equal(fallback.version, 0);
      assert.equal(fallback.orgId, 'org_b');
      assert.deepEqual(
        fallback.categories.map((c: { name: string }) => c.name),
        ['政治学习', '组织生活', '志愿服务', '先锋作用', '荣誉奖励', '扣分项'],
      );
      refused(await (await as('crew_nobody'))('points', 'getStandard'), 'FORBIDDEN');
    });

    it('only an org admin saves, over the current version; references and ids are checked', async () => {
      const base = ok(await (await as('admin_b'))('points', 'getStandard'));
      const input = { baseVersion: 0, categories: base.categories, items: base.items, stars: base.stars };
      refused(await (await as('sec_a1'))('points', 'saveStandard', input), 'FORBIDDEN');
      refused(await (await as('mem_a1'))('points', 'saveStandard', input), 'FORBIDDEN');
      const admin = await as('admin_b');
      refused(
        await admin('points', 'saveStandard', { ...input, items: [{ ...base.items[0], categoryId: 'nope' }] }),
        'INVALID_INPUT',
        /类别不存在/,
      );
      refused(
        await admin('points', 'saveStandard', { ...input, items: [base.items[0], base.items[0]] }),
        'INVALID_INPUT',
        /重复/,
      );
      refused(
        await admin('points', 'saveStandard', { ...input, items: [{ ...base.items[0], points: -2 }] }),
        'INVALID_INPUT',
        /不能由党员自行申报/,
      );
      const saved = ok(await admin('points', 'saveStandard', input));
      assert.equal(saved.version, 1);
      refused(await admin('points', 'saveStandard', input), 'CONFLICT', /已被他人修改/);
      assert.equal(ok(await admin('points', 'saveStandard', { ...input, baseVersion: 1 })).version, 2);
      refused(await admin('points', 'saveStandard', { ...input, baseVersion: 1 }), 'CONFLICT');
    });

    it('changing an item’s points never changes points already granted', async () => {
      const first = ok(await award('sec_a1', 'm_std', 'honor_unit', day(2, 1), '获中心表彰'));
      assert.equal(first.points, 5);
      const admin = await as('admin_a');
      const std = ok(await admin('points', 'getStandard'));
      const items = std.items.map((i: any) =>
        i.id === 'honor_unit' ? { ...i, name: '获中心表彰（调整）', points: 8 } : i,
      );
      const saved = ok(
        await admin('points', 'saveStandard', {
          baseVersion: std.version,
          categories: std.categories,
          items,
          stars: std.stars,
        }),
      );
      assert.equal(saved.version, std.version + 1);
      const second = ok(await award('sec_a1', 'm_std', 'honor_unit', day(3, 1), '再获表彰'));
      assert.equal(second.points, 8);
      const entries = entriesOf('m_std').sort((a, b) => String(a['date']).localeCompare(String(b['date'])));
      assert.deepEqual(
        entries.map((e) => [e['points'], e['itemName']]),
        [
          [5, '获中心（单位）表彰'],
          [8, '获中心表彰（调整）'],
        ],
      );
      assert.equal(totalOf('m_std'), 13);
    });
  });

  describe('claims', () => {
    it('checks who may claim, the item, the date and the photos', async () => {
      refused(await claim('crew_nobody', 'study_session', day(1, 2)), 'FORBIDDEN', /加入党支部/);
      refused(await claim('m_claim', 'honor_city', day(1, 2)), 'FORBIDDEN', /支部评定/);
      refused(await claim('m_claim', 'retired', day(1, 2)), 'CONFLICT', /停用/);
      refused(await claim('m_claim', 'nope', day(1, 2)), 'NOT_FOUND');
      refused(await claim('m_claim', 'study_session', '2099-01-01'), 'INVALID_INPUT', /晚于今天/);
      refused(await claim('m_claim', 'study_session', `${year - 2}-12-31`), 'INVALID_INPUT', /今年或去年/);
      refused(await claim('m_claim', 'study_session', `${LAST}-02-30`), 'INVALID_INPUT', /日期无效/);
      refused(await claim('m_claim', 'volunteer_service', day(1, 2)), 'INVALID_INPUT', /照片/);
      refused(await claim('m_claim', 'volunteer_service', day(1, 2), [photo('mem_a1')]), 'FORBIDDEN', /自己上传/);
      refused(await claim('m_claim', 'volunteer_service', day(1, 2), ['https://example.com/x.jpg']), 'INVALID_INPUT');
      const c = ok(
        await claim('m_claim', 'volunteer_service', day(1, 2), [photo('m_claim'), photo('m_claim', 'b.png')]),
      );
      assert.equal(c.status, 'pending');
      assert.equal(c.points, 5);
      assert.equal(c.categoryName, '志愿服务');
      assert.equal(c.branchId, 'br_a1');
      assert.equal(c.photos.length, 2);
      assert.equal(pendingOf('m_claim'), 1);
      ok(await claim('m_claim', 'study_session', today));
    });

    it('caps per day, month and year count granted and pending points', async () => {
      ok(await claim('m_cap', 'daily', day(4, 1)));
      refused(await claim('m_cap', 'daily', day(4, 1)), 'CONFLICT', /每天最多 1 分/);
      ok(await claim('m_cap', 'daily', day(4, 2)));

      for (let i = 1; i <= 4; i++) ok(await claim('m_cap', 'study_session', day(5, i))); // 4 × 2 = the month's 8
      refused(await claim('m_cap', 'study_session', day(5, 20)), 'CONFLICT', /每月最多 8 分，已有 8 分/);
      ok(await claim('m_cap', 'study_session', day(6, 1)));

      const essay = (m: number) => claim('m_cap', 'study_essay', day(m, 3), [photo('m_cap')]);
      for (const m of [1, 2, 3, 7]) ok(await essay(m)); // 4 × 3 = the year's 12
      refused(await essay(8), 'CONFLICT', /每年最多 12 分/);
      refused(await claim('m_cap', 'study_essay', day(7, 9), [photo('m_cap')]), 'CONFLICT', /每月最多 3 分/);

      // Approving the month's claims keeps them counted; the cap still holds.
      const pending = ok(await (await as('sec_a1'))('points', 'claimQueue')).items.filter(
        (c: any) => c.openid === 'm_cap' && c.itemId === 'study_session' && c.date.startsWith(day(5, 1).slice(0, 7)),
      );
      assert.equal(pending.length, 4);
      assert.equal((await decide('sec_a1', [pending[0].id, pending[1].id], true)).decided.length, 2);
      refused(await claim('m_cap', 'study_session', day(5, 21)), 'CONFLICT', /每月最多 8 分/);
    });

    it('caps are checked again at approval, against granted points', async () => {
      // Two pending claims fit the month's 4 points together; then the branch records one more.
      const first = ok(await claim('m_dec', 'tight', day(9, 1)));
      const second = ok(await claim('m_dec', 'tight', day(9, 2)));
      refused(await claim('m_dec', 'tight', day(9, 3)), 'CONFLICT', /每月最多 4 分/);
      ok(await award('sec_a1', 'm_dec', 'tight', day(9, 5)));
      const r = await decide('sec_a1', [first.id, second.id], true);
      assert.deepEqual(
        r.decided.map((c: any) => c.id),
        [first.id],
      );
      assert.equal(r.failed[0].claimId, second.id);
      assert.match(r.failed[0].message, /每月最多 4 分，已有 4 分/);
      assert.equal(totalOf('m_dec'), 4);
      const still = ok(await (await as('m_dec'))('points', 'getClaim', { claimId: second.id }));
      assert.equal(still.status, 'pending', 'a refused approval leaves the claim pending');
      assert.equal((await decide('sec_a1', [second.id], false, '本月该项目积分已满')).decided[0].status, 'rejected');
    });

    it('a member withdraws their own pending claim only', async () => {
      const c = ok(await claim('m_claim', 'tight', day(10, 1)));
      const before = pendingOf('m_claim');
      refused(await (await as('mem_a1'))('points', 'withdrawClaim', { claimId: c.id }), 'FORBIDDEN');
      refused(await (await as('m_claim'))('points', 'withdrawClaim', { claimId: 'nope' }), 'NOT_FOUND');
      const w = ok(await (await as('m_claim'))('points', 'withdrawClaim', { claimId: c.id }));
      assert.equal(w.status, 'withdrawn');
      assert.equal(pendingOf('m_claim'), before - 1);
      refused(await (await as('m_claim'))('points', 'withdrawClaim', { claimId: c.id }), 'CONFLICT');
      assert.equal((await decide('sec_a1', [c.id], true)).failed.length, 1);
      // Withdrawn claims no longer count against the cap.
      ok(await claim('m_claim', 'tight', day(10, 1)));
      ok(await claim('m_claim', 'tight', day(10, 2)));
    });

    it('rejecting needs a reason, leaves points alone and sends the member a message', async () => {
      const c = ok(await claim('m_dec', 'study_session', day(11, 1)));
      refused(
        await (
          await as('sec_a1')
        )('points', 'decideClaims', { requestId: requestId(), claimIds: [c.id], approve: false }),
        'INVALID_INPUT',
        /理由/,
      );
      const before = totalOf('m_dec');
      const r = await decide('sec_a1', [c.id], false, '未见签到记录，请补充材料');
      assert.equal(r.decided[0].status, 'rejected');
      assert.equal(r.decided[0].reason, '未见签到记录，请补充材料');
      assert.equal(r.decided[0].decidedByName, '赵志刚');
      assert.equal(totalOf('m_dec'), before);
      const inbox = ok(await (await as('m_dec'))('messages', 'list'));
      const msg = inbox.items.find((m: any) => m.refId === c.id);
      assert.equal(msg.kind, 'claim_rejected');
      assert.match(msg.body, /未见签到记录/);
      assert.equal(msg.read, false);
    });

    it('bulk decisions: each claim on its own, with failures reported', async () => {
      const ids = [];
      for (let i = 1; i <= 3; i++) ids.push(ok(await claim('m_bulk', 'study_session', day(3, i))).id);
      const own = ok(await claim('sec_a1', 'study_session', day(3, 1))).id;
      const other = ok(await claim('mem_a2', 'study_session', day(3, 1))).id;
      const r = await decide('sec_a1', [...ids, own, other, 'nope', ids[0]!], true);
      assert.deepEqual(
        r.decided.map((c: any) => c.id),
        ids,
      );
      assert.ok(r.decided.every((c: any) => c.status === 'approved' && c.decidedByName === '赵志刚'));
      const failed = new Map(r.failed.map((f: any) => [f.claimId, f.message]));
      assert.match(failed.get(own) as string, /不能审核自己的申请/);
      assert.match(failed.get(other) as string, /只能审核本支部/);
      assert.equal(failed.size, 3);
      assert.equal(totalOf('m_bulk'), 6);
      assert.equal(pendingOf('m_bulk'), 0);
      const again = await decide('sec_a1', ids, true);
      assert.equal(again.decided.length, 0);
      assert.ok(again.failed.every((f: any) => /已处理/.test(f.message)));
      assert.equal(entriesOf('m_bulk').length, 3);
      const messages = ok(await (await as('m_bulk'))('messages', 'list'));
      assert.equal(messages.items.filter((m: any) => m.kind === 'claim_approved').length, 3);
      // The org admin decides the secretary's own claim; another org's admin may not.
      assert.equal((await decide('admin_b', [own], true)).failed.length, 1);
      assert.equal((await decide('admin_a', [own], true)).decided.length, 1);
    });

    it('a retried approval and concurrent approvals of one claim grant once', async () => {
      const c = ok(await claim('m_dec', 'volunteer_service', day(12, 1), [photo('m_dec')]));
      const before = totalOf('m_dec');
      const results = await Promise.all([
        decide('sec_a1', [c.id], true),
        decide('sec_a1', [c.id], true),
        decide('admin_a', [c.id], true),
      ]);
      assert.equal(results.filter((r) => r.decided.length === 1).length, 1, JSON.stringify(results));
      assert.equal((await decide('sec_a1', [c.id], true)).failed.length, 1);
      assert.equal(totalOf('m_dec'), before + 5);
      assert.equal(cloud.db.find('pointLedger', { sourceId: c.id }).length, 1);
      assert.equal(cloud.db.find('messages', { refId: c.id }).length, 1);
    });

    it('reading claims: owner, their branch’s admin or the org admin; queues by branch, oldest first', async () => {
      const c = ok(await claim('m_q', 'study_session', day(2, 10)));
      for (let i = 0; i < 22; i++) ok(await claim('m_q', 'daily', day(1 + (i % 2), 1 + Math.floor(i / 2))));
      for (const who of ['m_q', 'sec_a1', 'admin_a'])
        ok(await (await as(who))('points', 'getClaim', { claimId: c.id }));
      for (const who of ['mem_a1', 'sec_a2', 'admin_b'])
        refused(await (await as(who))('points', 'getClaim', { claimId: c.id }), 'FORBIDDEN');

      refused(await (await as('sec_a2'))('points', 'claimQueue', { branchId: 'br_a1' }), 'FORBIDDEN');
      refused(await (await as('mem_a1'))('points', 'claimQueue'), 'FORBIDDEN');
      refused(await (await as('admin_a'))('points', 'claimQueue'), 'INVALID_INPUT', /请选择支部/);
      const queue: any[] = [];
      let cursor: string | null = null;
      do {
        const page: any = ok(await (await as('admin_a'))('points', 'claimQueue', { branchId: 'br_a1', cursor }));
        queue.push(...page.items);
        cursor = page.cursor;
      } while (cursor);
      const pending = cloud.db.find('pointClaims', { branchId: 'br_a1', status: 'pending' });
      assert.equal(queue.length, pending.length);
      assert.ok(queue.length > 20, 'more than one page');
      assert.ok(queue.every((q, i) => i === 0 || q.createdAt >= queue[i - 1].createdAt));
      assert.equal(new Set(queue.map((q) => q.id)).size, queue.length);
      const other = ok(await (await as('sec_a2'))('points', 'claimQueue')).items;
      assert.deepEqual(
        other.map((q: any) => [q.openid, q.branchId]),
        [['mem_a2', 'br_a2']],
      );

      const mine = ok(await (await as('m_q'))('points', 'myClaims'));
      assert.equal(mine.items.length, 20);
      assert.ok(mine.items.every((q: any, i: number) => i === 0 || q.createdAt <= mine.items[i - 1].createdAt));
      const rest = ok(await (await as('m_q'))('points', 'myClaims', { cursor: mine.cursor }));
      assert.equal(rest.items.length, 3);
      assert.equal(rest.cursor, null);
      assert.equal(new Set([...mine.items, ...rest.items].map((q: any) => q.id)).size, 23);
      refused(await (await as('m_q'))('points', 'myClaims', { cursor: 'garbage' }), 'INVALID_INPUT');
    });
  });

  describe('awards, deductions and corrections', () => {
    it('an award retried with the same requestId grants once, even at the same time', async () => {
      const sec = await as('sec_a1');
      const input = {
        requestId: requestId(),
        openid: 'm_award',
        itemId: 'pioneer_post',
        date: day(6, 6),
        reason: '党员示范岗履职',
      };
      const [a, b, c] = await Promise.all([
        sec('points', 'award', input),
        sec('points', 'award', input),
        sec('points', 'award', input),
      ]);
      assert.equal(ok(a).id, ok(b).id);
      assert.equal(ok(b).id, ok(c).id);
      assert.equal(ok(await sec('points', 'award', input)).id, ok(a).id);
      assert.equal(ok(a).source, 'award');
      assert.equal(ok(a).byName, '赵志刚');
      assert.equal(totalOf('m_award'), 5);
      refused(await sec('points', 'award', { ...input, openid: 'm_corr' }), 'CONFLICT', /请求编号/);
      const inbox = ok(await (await as('m_award'))('messages', 'list'));
      assert.equal(inbox.items.filter((m: any) => m.kind === 'points_awarded').length, 1);
    });

    it('deductions take points off; only the member’s branch admin or the org admin records them', async () => {
      const input = {
        requestId: requestId(),
        openid: 'm_award',
        itemId: 'deduct_absent',
        date: day(6, 7),
        reason: '无故缺席支部党员大会',
      };
      refused(await (await as('sec_a2'))('points', 'award', input), 'FORBIDDEN');
      refused(await (await as('mem_a1'))('points', 'award', input), 'FORBIDDEN');
      refused(await (await as('admin_b'))('points', 'award', input), 'FORBIDDEN');
      refused(await (await as('sec_a1'))('points', 'award', { ...input, openid: 'sec_a1' }), 'FORBIDDEN', /自己/);
      refused(await (await as('sec_a1'))('points', 'award', { ...input, itemId: 'retired' }), 'CONFLICT');
      refused(await (await as('sec_a1'))('points', 'award', { ...input, openid: 'crew_nobody' }), 'NOT_FOUND');
      const d = ok(await (await as('admin_a'))('points', 'award', input));
      assert.equal(d.points, -5);
      assert.equal(d.source, 'deduction');
      assert.equal(d.categoryName, '扣分项');
      assert.equal(totalOf('m_award'), 0);
      const t = cloud.db.find('pointTotals', { _id: `${LAST}_m_award` })[0]!;
      assert.deepEqual(t['byCategory'], { pioneer: 5, deduction: -5 });
    });

    it('a correction reverses an entry once, with a reversing entry; nothing is edited', async () => {
      const sec = await as('sec_a1');
      const entry = ok(await award('sec_a1', 'm_corr', 'honor_city', day(8, 8), '获市级表彰'));
      assert.equal(totalOf('m_corr'), 10);
      refused(await (await as('sec_a2'))('points', 'correct', { entryId: entry.id, reason: '误录' }), 'FORBIDDEN');
      refused(await (await as('m_corr'))('points', 'correct', { entryId: entry.id, reason: '误录' }), 'FORBIDDEN');
      refused(await sec('points', 'correct', { entryId: 'nope', reason: '误录' }), 'NOT_FOUND');
      const results = await Promise.all([
        sec('points', 'correct', { entryId: entry.id, reason: '表彰为区级，录入有误' }),
        (await as('admin_a'))('points', 'correct', { entryId: entry.id, reason: '录入有误' }),
      ]);
      const done = results.filter((r) => r.ok);
      assert.equal(done.length, 1, JSON.stringify(results));
      refused(
        results.find((r) => !r.ok),
        'CONFLICT',
      );
      const reversal = done[0].data;
      assert.equal(reversal.points, -10);
      assert.equal(reversal.reverses, entry.id);
      assert.equal(reversal.source, 'correction');
      assert.equal(reversal.date, entry.date);
      refused(await sec('points', 'correct', { entryId: entry.id, reason: '再次' }), 'CONFLICT', /已更正/);
      refused(await sec('points', 'correct', { entryId: reversal.id, reason: '撤销更正' }), 'CONFLICT');
      assert.equal(totalOf('m_corr'), 0);
      const original = cloud.db.find('pointLedger', { _id: entry.id })[0]!;
      assert.equal(original['points'], 10, 'the original entry is untouched');
      const inbox = ok(await (await as('m_corr'))('messages', 'list'));
      assert.equal(inbox.items[0].kind, 'points_corrected');
    });

    it('the ledger: the member’s own, or a member of the admin’s branch', async () => {
      const own = ok(await (await as('m_bulk'))('points', 'ledger', { year: LAST, limit: 2 }));
      assert.equal(own.items.length, 2);
      const next = ok(await (await as('m_bulk'))('points', 'ledger', { year: LAST, limit: 2, cursor: own.cursor }));
      assert.equal(next.items.length, 1);
      assert.equal(next.cursor, null);
      assert.equal(
        ok(await (await as('sec_a1'))('points', 'ledger', { year: LAST, openid: 'm_bulk' })).items.length,
        3,
      );
      refused(await (await as('sec_a2'))('points', 'ledger', { year: LAST, openid: 'm_bulk' }), 'FORBIDDEN');
      refused(await (await as('mem_a1'))('points', 'ledger', { year: LAST, openid: 'm_bulk' }), 'FORBIDDEN');
    });
  });

  describe('summary', () => {
    it('total, categories, stars, ranks, recent entries and pending claims in at most 4 requests', async () => {
      for (const [itemId, date] of [
        ['honor_city', day(1, 5)],
        ['honor_city', day(2, 5)],
        ['pioneer_post', day(3, 5)],
        ['deduct_dues', day(4, 5)],
      ] as const) {
        ok(await award('sec_a1', 'm_sum', itemId, date));
      }
      ok(await claim('m_sum', 'study_session', day(5, 5)));
      const call = await as('m_sum');
      const { result, requests } = await countDbRequests(cloud.db, () => call('points', 'summary', { year: LAST }));
      assert.ok(requests <= 4, `summary made ${requests} database requests`);
      const s = ok(result);
      assert.equal(s.total, 22);
      assert.deepEqual(
        s.byCategory.filter((c: any) => c.points !== 0),
        [
          { categoryId: 'pioneer', name: '先锋作用', points: 5 },
          { categoryId: 'honor', name: '荣誉奖励', points: 20 },
          { categoryId: 'deduction', name: '扣分项', points: -3 },
        ],
      );
      assert.deepEqual(s.star, { stars: 1, minPoints: 20 });
      assert.deepEqual(s.nextStar, { stars: 2, minPoints: 40, missing: 18 });
      assert.equal(s.recent.length, 4);
      assert.equal(s.recent[0].itemName, '未按时足额交纳党费');
      assert.equal(s.pendingClaims, 1);

      // Ranks against everyone of org_a with points last year: 1 + how many have more.
      const all = cloud.db.find('pointTotals', { orgId: 'org_a', year: LAST });
      const mine = all.filter((t) => t['branchId'] === 'br_a1');
      assert.equal(s.orgSize, all.length);
      assert.equal(s.branchSize, mine.length);
      assert.equal(s.orgRank, 1 + all.filter((t) => (t['total'] as number) > 22).length);
      assert.equal(s.branchRank, 1 + mine.filter((t) => (t['total'] as number) > 22).length);
    });

    it('someone with no points this year has no rank, still in at most 4 requests', async () => {
      const call = await as('m_q');
      const { result, requests } = await countDbRequests(cloud.db, () => call('points', 'summary', { year }));
      assert.ok(requests <= 4, `summary made ${requests} database requests`);
      const s = ok(result);
      assert.equal(s.total, 0);
      assert.equal(s.branchRank, null);
      assert.equal(s.orgRank, null);
      assert.equal(s.star, null);
      assert.deepEqual(s.nextStar, { stars: 1, minPoints: 20, missing: 20 });
      assert.equal(s.pendingClaims, 23, 'the claims from the queue test are still pending');
      refused(await (await as('crew_nobody'))('points', 'summary'), 'FORBIDDEN');
    });

    it('gap: the next star and the room left under each claimable item’s tightest cap', async () => {
      const g = ok(await (await as('m_cap'))('points', 'gap', { year: LAST }));
      assert.equal(g.total, 4);
      assert.deepEqual(g.nextStar, { stars: 1, minPoints: 20, missing: 16 });
      const item = (id: string) => g.items.find((i: any) => i.itemId === id);
      assert.equal(item('honor_city'), undefined, 'award-only items are not listed');
      assert.equal(item('retired'), undefined);
      // Last year is over: its periods are taken around 31 December.
      assert.deepEqual(item('study_essay'), {
        itemId: 'study_essay',
        name: '撰写学习心得或理论文章',
        categoryName: '政治学习',
        points: 3,
        room: 0,
        period: 'year',
      });
      assert.equal(item('volunteer_service').room, 10);
      assert.equal(item('volunteer_service').period, 'month');
      assert.deepEqual([item('daily').room, item('daily').period], [1, 'day']);
      const now = ok(await (await as('m_claim'))('points', 'gap'));
      assert.equal(now.year, year);
      assert.equal(now.items.find((i: any) => i.itemId === 'study_session').room, 6, 'today’s pending claim counts');
    });
  });

  describe('rankings', () => {
    // org_r: br_r1 (r1 10, r2 10, r3 25, r4 5), br_r2 (r5 10, r6 -3), br_r3 (nobody); admin_r records them.
    before(async () => {
      cloud.db.insert('orgs', [{ _id: 'org_r', name: '排名测试党委' }]);
      cloud.db.insert(
        'branches',
        ['br_r1', 'br_r2', 'br_r3'].map((id, i) => ({
          _id: id,
          orgId: 'org_r',
          name: `第${i + 1}党支部`,
          brand: null,
          inviteCode: null,
          memberCount: 0,
        })),
      );
      const m = (openid: string, branchId: string) =>
        userDoc(openid, `成员${openid}`, ['crew', 'member'], { orgId: 'org_r', branchId });
      cloud.db.insert('users', [
        ...['r1', 'r2', 'r3', 'r4'].map((o) => m(o, 'br_r1')),
        ...['r5', 'r6'].map((o) => m(o, 'br_r2')),
        userDoc('admin_r', '管理员', ['crew', 'org_admin'], { orgId: 'org_r' }),
      ]);
      const grants: Array<[string, string, number]> = [
        ['r1', 'honor_city', 1],
        ['r2', 'honor_city', 1],
        ['r3', 'honor_city', 2],
        ['r3', 'pioneer_post', 1],
        ['r4', 'pioneer_post', 1],
        ['r5', 'honor_city', 1],
        ['r6', 'deduct_dues', 1],
      ];
      for (const [openid, itemId, times] of grants) {
        for (let k = 0; k < times; k++) {
          ok(await award('admin_r', openid, itemId, day(3 + k, 1), '测试'));
        }
      }
    });
    const ranks = (page: any) => page.rows.map((r: any) => [r.openid, r.rank, r.total]);

    it('the org’s ranking: total high to low, ties share a rank and keep openid order, across pages', async () => {
      const r4 = await as('r4');
      const p1 = ok(await r4('points', 'ranking', { scope: 'org', year: LAST, page: 1, pageSize: 2 }));
      assert.deepEqual(ranks(p1), [
        ['r3', 1, 25],
        ['r1', 2, 10],
      ]);
      assert.equal(p1.size, 6);
      assert.deepEqual(p1.me, { rank: 5, openid: 'r4', name: '成员r4', branchName: '第1党支部', total: 5, stars: 0 });
      assert.deepEqual(p1.rows[0].stars, 1);
      const p2 = ok(await r4('points', 'ranking', { scope: 'org', year: LAST, page: 2, pageSize: 2 }));
      assert.deepEqual(ranks(p2), [
        ['r2', 2, 10],
        ['r5', 2, 10],
      ]);
      assert.equal(p2.rows[1].branchName, '第2党支部');
      const p3 = ok(await r4('points', 'ranking', { scope: 'org', year: LAST, page: 3, pageSize: 2 }));
      assert.deepEqual(ranks(p3), [
        ['r4', 5, 5],
        ['r6', 6, -3],
      ]);
      assert.equal(p3.me.rank, 5);
      assert.deepEqual(ok(await r4('points', 'ranking', { scope: 'org', year: LAST, page: 4, pageSize: 2 })).rows, []);
    });

    it('the branch’s ranking and the caller’s own row; an org admin without a branch sees the org only', async () => {
      const b1 = ok(await (await as('r2'))('points', 'ranking', { scope: 'branch', year: LAST }));
      assert.deepEqual(ranks(b1), [
        ['r3', 1, 25],
        ['r1', 2, 10],
        ['r2', 2, 10],
        ['r4', 4, 5],
      ]);
      assert.equal(b1.size, 4);
      assert.equal(b1.me.rank, 2);
      const b2 = ok(await (await as('r6'))('points', 'ranking', { scope: 'branch', year: LAST, pageSize: 1 }));
      assert.deepEqual(ranks(b2), [['r5', 1, 10]]);
      assert.equal(b2.me.rank, 2);
      assert.equal(b2.size, 2);
      refused(await (await as('admin_r'))('points', 'ranking', { scope: 'branch', year: LAST }), 'FORBIDDEN');
      const org = ok(await (await as('admin_r'))('points', 'ranking', { scope: 'org', year: LAST }));
      assert.equal(org.rows.length, 6);
      assert.equal(org.me, null);
      refused(await (await as('crew_nobody'))('points', 'ranking', { scope: 'org' }), 'FORBIDDEN');
      const summary = ok(await (await as('r2'))('points', 'summary', { year: LAST }));
      assert.deepEqual([summary.orgRank, summary.orgSize, summary.branchRank, summary.branchSize], [2, 6, 2, 4]);
    });

    it('branches by average points per member with points', async () => {
      const rows = ok(await (await as('r1'))('points', 'branchRanking', { year: LAST }));
      assert.deepEqual(rows, [
        { rank: 1, branchId: 'br_r1', name: '第1党支部', members: 4, total: 50, average: 12.5 },
        { rank: 2, branchId: 'br_r2', name: '第2党支部', members: 2, total: 7, average: 3.5 },
        { rank: 3, branchId: 'br_r3', name: '第3党支部', members: 0, total: 0, average: 0 },
      ]);
      refused(await (await as('crew_nobody'))('points', 'branchRanking'), 'FORBIDDEN');
    });
  });

  describe('export', () => {
    it('a branch’s year as .xlsx: name, a subtotal per category, total, star; highest first', async () => {
      const file = ok(await (await as('sec_a1'))('points', 'exportBranch', { year: LAST }));
      assert.equal(file.fileName, `机关第一党支部-${LAST}年党员积分.xlsx`);
      const { Workbook } = require('exceljs') as typeof ExcelJS;
      const wb = new Workbook();
      await wb.xlsx.load(new Uint8Array(Buffer.from(file.base64, 'base64')).buffer);
      const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
      assert.deepEqual(rows[0]!.slice(1), [
        '姓名',
        '政治学习',
        '组织生活',
        '志愿服务',
        '先锋作用',
        '荣誉奖励',
        '扣分项',
        '总分',
        '星级',
      ]);
      const body = rows.slice(1).map((r) => r.slice(1));
      const totals = body.map((r) => r[7] as number);
      assert.deepEqual(
        totals,
        [...totals].sort((a, b) => b - a),
      );
      const sum = body.find((r) => r[0] === '党员8')!;
      assert.deepEqual(sum, ['党员8', 0, 0, 0, 5, 20, -3, 22, '★']);
      assert.ok(
        body.some((r) => r[0] === '李红梅' && r[7] === 0),
        'members without points are listed at 0',
      );
      refused(await (await as('sec_a1'))('points', 'exportBranch', { branchId: 'br_a2' }), 'FORBIDDEN');
      refused(await (await as('mem_a1'))('points', 'exportBranch'), 'FORBIDDEN');
      refused(await (await as('admin_a'))('points', 'exportBranch'), 'INVALID_INPUT');
      const a2 = ok(await (await as('admin_a'))('points', 'exportBranch', { branchId: 'br_a2', year: LAST }));
      assert.equal(a2.fileName, `任城港航党支部-${LAST}年党员积分.xlsx`);
    });
  });
});
