// Attacks on the volunteer API that once worked: an organiser crediting themselves through their own
// activity, guessing check-in codes, drafts filed twice by a retry, hidden characters, seed secrets.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import type { ActivityDoc } from '../../cloud/core/volunteer/docs';
import { codeFor, windowOf } from '../../cloud/core/volunteer/checkin-code';
import { defaultStandard } from '../../cloud/core/points/default-standard';
import { seedVolunteerDemo } from '../../cloud/local/seed/volunteer-demo';
import { Database } from '../../cloud/local/store/database';
import { callerCache, countDbRequests, okData as ok, refusedWith as refused, ROOT, seedOrgFixture, startTestCloud, userDoc } from './helpers';
import { activityDoc, at, draftInput as draft, HOUR, isoAt } from './volunteer-fixture';

/** org_a's standard: the default one plus a 志愿服务 item capped at 12 points a month. */
function standardWithCappedItem() {
  const std = defaultStandard('org_a');
  const capped = {
    id: 'vol_capped',
    categoryId: 'volunteer',
    name: '志愿服务（限额）',
    points: 5,
    caps: { month: 12 },
    evidenceRequired: false,
    claimable: false,
    active: true,
    forActivities: true,
  };
  return { _id: 'org_a', orgId: 'org_a', version: 1, categories: std.categories, items: [...std.items, capped], stars: std.stars, updatedAt: new Date(), updatedBy: 'admin_a' };
}
const CAPPED = { itemId: 'vol_capped', itemName: '志愿服务（限额）', categoryId: 'volunteer', categoryName: '志愿服务' };

describe('volunteer: hardening', () => {
  let cloud: LocalCloud;
  let as: ReturnType<typeof callerCache>;
  const v = async (openid: string, action: string, data?: unknown) => (await as(openid))('volunteer', action, data);
  let seq = 0;
  const insertActivity = (over: Partial<ActivityDoc> = {}): string => {
    const id = `vh${++seq}`;
    cloud.db.insert('activities', [{ ...activityDoc(id, over) }]);
    return id;
  };
  /** Ran from 3 h ago to 1 h ago (sign-up still open, as if the organiser had kept it so). */
  const pastActivity = (over: Partial<ActivityDoc> = {}) =>
    insertActivity({ startAt: at(-3 * HOUR), endAt: at(-HOUR), signupDeadline: at(HOUR), cancelDeadline: at(HOUR), ...over });
  const mark = (by: string, id: string, openid: string) =>
    v(by, 'markAttendance', { id, openid, checkedInAt: isoAt(-3.5 * HOUR), checkedOutAt: isoAt(-0.5 * HOUR), reason: '现场签到表' });
  const ledgerOf = (id: string, openid: string) => cloud.db.find('pointLedger', { _id: `act_${id}_${openid}` });

  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    seedOrgFixture(cloud.db);
    as = callerCache(cloud);
    const a1 = { orgId: 'org_a', branchId: 'br_a1' };
    cloud.db.insert('users', ['vh_m1', 'vh_m2', 'vh_m3'].map((openid) => userDoc(openid, `队员${openid.slice(-1)}`, ['crew', 'member'], a1)));
    cloud.db.insert('pointStandards', [standardWithCappedItem()]);
  });
  after(() => cloud.close());

  describe('organisers crediting themselves', () => {
    it('a published activity cannot be moved to start in the past, nor its times changed once it started', async () => {
      const id = ok(await v('sec_a1', 'save', draft())).id;
      ok(await v('sec_a1', 'publish', { id }));
      ok(await v('sec_a1', 'signUp', { id }));
      const past = { id, startAt: isoAt(-3 * HOUR), endAt: isoAt(-HOUR), signupDeadline: isoAt(-4 * HOUR), cancelDeadline: isoAt(-4 * HOUR) };
      refused(await v('sec_a1', 'save', draft(past)), 'INVALID_INPUT', /开始时间须晚于现在/);
      assert.ok((cloud.db.find('activities', { _id: id })[0]!['startAt'] as Date).getTime() > Date.now());
      refused(await v('sec_a1', 'close', { id }), 'CONFLICT', /开始后/);

      const started = pastActivity({ audience: 'branch' });
      // Deadlines an hour before the start: equal offsets read the clock twice and could land a millisecond after it.
      const moved = { id: started, audience: 'branch', startAt: isoAt(-3 * HOUR), endAt: isoAt(HOUR), signupDeadline: isoAt(-4 * HOUR), cancelDeadline: isoAt(-4 * HOUR) };
      refused(await v('sec_a1', 'save', draft(moved)), 'CONFLICT', /活动已开始/);
    });

    it('an organiser cannot mark their own attendance; their own activity records their hours but no points', async () => {
      const id = pastActivity({ audience: 'branch' });
      ok(await v('sec_a1', 'signUp', { id }));
      ok(await v('vh_m1', 'signUp', { id }));
      refused(await mark('sec_a1', id, 'sec_a1'), 'FORBIDDEN', /不能为自己补录考勤/);
      ok(await mark('admin_a', id, 'sec_a1')); // another organiser may
      ok(await mark('sec_a1', id, 'vh_m1'));
      const closed = ok(await v('sec_a1', 'close', { id }));
      assert.equal(closed.credited, 2);
      assert.deepEqual(
        closed.shortfalls.map((s: { openid: string; points: number }) => [s.openid, s.points]),
        [['sec_a1', 0]],
      );
      assert.match(closed.shortfalls[0].reason, /组织者/);
      assert.equal(ledgerOf(id, 'sec_a1').length, 0);
      assert.equal(ledgerOf(id, 'vh_m1')[0]!['points'], 5);
      const roster = ok(await v('sec_a1', 'roster', { id }));
      const own = roster.find((r: { openid: string }) => r.openid === 'sec_a1');
      assert.deepEqual([own.hours, own.points], [2, null]);
      assert.match(own.pointsNote, /组织者/);
    });

    it('close keeps within the item’s caps: clipped, then skipped, and says why', async () => {
      const credited: number[] = [];
      const reasons: string[] = [];
      for (let i = 0; i < 4; i++) {
        const id = pastActivity({ pointsItemId: 'vol_capped', pointsItemName: CAPPED.itemName, pointsItem: CAPPED });
        ok(await v('vh_m2', 'signUp', { id }));
        ok(await mark('sec_a1', id, 'vh_m2'));
        const closed = ok(await v('sec_a1', 'close', { id }));
        credited.push(ledgerOf(id, 'vh_m2')[0]?.['points'] as number ?? 0);
        reasons.push(closed.shortfalls.find((s: { openid: string }) => s.openid === 'vh_m2')?.reason ?? '');
      }
      assert.deepEqual(credited, [5, 5, 2, 0]);
      assert.deepEqual(reasons.slice(0, 2), ['', '']);
      assert.match(reasons[2]!, /每月最多 12 分，已有 10 分，本次计 2 分/);
      assert.match(reasons[3]!, /每月最多 12 分，已有 12 分，本次不计积分/);
      const total = cloud.db.find('pointLedger', { openid: 'vh_m2', itemId: 'vol_capped' }).reduce((s, e) => s + (e['points'] as number), 0);
      assert.equal(total, 12);
    });

    it('only items meant for activities can be attached, and the item stays once people signed up', async () => {
      refused(await v('sec_a1', 'save', draft({ pointsItemId: 'honor_city' })), 'INVALID_INPUT', /不能用于志愿活动/);
      refused(await v('sec_a1', 'save', draft({ pointsItemId: 'pioneer_task' })), 'INVALID_INPUT', /不能用于志愿活动/);
      refused(await v('sec_a1', 'save', draft({ pointsItemId: 'deduct_absent' })), 'INVALID_INPUT');
      const id = ok(await v('sec_a1', 'save', draft({ pointsItemId: 'volunteer_service' }))).id;
      ok(await v('sec_a1', 'save', draft({ id, pointsItemId: 'volunteer_crew' }))); // a draft may change it
      ok(await v('sec_a1', 'publish', { id }));
      ok(await v('vh_m3', 'signUp', { id }));
      refused(await v('sec_a1', 'save', draft({ id, pointsItemId: 'volunteer_service' })), 'CONFLICT', /已有人报名/);
      assert.equal(ok(await v('sec_a1', 'save', draft({ id, pointsItemId: 'volunteer_crew', title: '水上安全进校园' }))).pointsItemId, 'volunteer_crew');
      const std = ok(await (await as('admin_a'))('points', 'getStandard'));
      assert.deepEqual(
        std.items.filter((i: { forActivities: boolean }) => i.forActivities).map((i: { id: string }) => i.id),
        ['volunteer_service', 'volunteer_crew', 'vol_capped'],
      );
    });
  });

  describe('check-in codes', () => {
    it('5 wrong codes lock the person out for 10 minutes, even with the right code; others are not affected', async () => {
      const id = insertActivity({ startAt: at(30 * 60_000), endAt: at(3 * HOUR) });
      ok(await v('vh_m1', 'signUp', { id }));
      ok(await v('vh_m3', 'signUp', { id }));
      const secret = (cloud.db.find('activities', { _id: id })[0] as unknown as ActivityDoc).secret;
      const right = () => codeFor(secret, id, windowOf(new Date()));
      const wrong = right() === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
      for (let i = 0; i < 5; i++) refused(await v('vh_m1', 'checkIn', { id, code: wrong, kind: 'in' }), 'INVALID_INPUT', /签到码已过期或无效/);
      refused(await v('vh_m1', 'checkIn', { id, code: right(), kind: 'in' }), 'RATE_LIMITED', /签到码错误次数过多，请 10 分钟后再试/);
      assert.equal(cloud.db.find('enrollments', { _id: `${id}_vh_m1` })[0]!['checkedInAt'], null);
      assert.ok(ok(await v('vh_m3', 'checkIn', { id, code: right(), kind: 'in' })).checkedInAt);
    });
  });

  describe('seats', () => {
    it('a sign-up is 6 database requests, seated or in line, however long the line', async () => {
      const id = insertActivity({ capacity: 1 });
      const counts: Array<[string, number]> = [];
      for (const who of ['seat_1', 'seat_2', 'seat_3', 'seat_4']) {
        const call = await as(who);
        const { result, requests } = await countDbRequests(cloud.db, () => call('volunteer', 'signUp', { id }));
        counts.push([ok(result).status, requests]);
      }
      assert.deepEqual(counts, [['enrolled', 6], ['waitlisted', 6], ['waitlisted', 6], ['waitlisted', 6]]);
    });
  });

  describe('drafts once per request', () => {
    it('a double tap or a retry of 发布 creates one draft', async () => {
      const input = draft({ requestId: 'draft-once-0001', title: '运河清洁志愿行' });
      const [a, b] = await Promise.all([v('sec_a1', 'save', input), v('sec_a1', 'save', input)]);
      assert.equal(ok(a).id, ok(b).id);
      assert.equal(ok(await v('sec_a1', 'save', input)).id, ok(a).id);
      assert.equal(cloud.db.find('activities', { title: '运河清洁志愿行' }).length, 1);
      refused(await v('sec_a1', 'save', { ...draft(), requestId: undefined }), 'INVALID_INPUT', /请求编号/);
    });
  });

  describe('hidden characters', () => {
    it('titles, descriptions, places and reasons refuse control, zero-width and direction characters; titles are NFC', async () => {
      const id = pastActivity({ audience: 'branch' });
      ok(await v('vh_m1', 'signUp', { id }));
      for (const c of ['\u202e', '\u200b', '\u0000', '\u2066', '\u001b']) {
        refused(await v('sec_a1', 'save', draft({ title: `水上${c}安全` })), 'INVALID_INPUT', /标题不能包含不可见字符/);
        refused(await v('sec_a1', 'save', draft({ description: `介绍${c}内容` })), 'INVALID_INPUT', /介绍不能包含/);
        refused(await v('sec_a1', 'save', draft({ place: { name: `港航${c}小学`, lat: null, lng: null } })), 'INVALID_INPUT', /地点不能包含/);
        refused(await v('sec_a1', 'cancel', { id, reason: `天气${c}原因` }), 'INVALID_INPUT', /原因不能包含/);
        refused(
          await v('sec_a1', 'markAttendance', { id, openid: 'vh_m1', checkedInAt: isoAt(-3 * HOUR), checkedOutAt: isoAt(-HOUR), reason: `补${c}录` }),
          'INVALID_INPUT',
          /原因不能包含/,
        );
      }
      assert.equal(ok(await v('sec_a1', 'save', draft({ title: 'Caf\u0065\u0301 志愿' }))).title, 'Caf\u00e9 志愿');
    });
  });
});

describe('volunteer: check-in secrets', () => {
  it('the demo seed makes random secrets, unrelated to ids and times', () => {
    const now = new Date('2026-05-01T08:00:00+08:00');
    const [one, two] = [Database.open(), Database.open()];
    seedVolunteerDemo(one, now);
    seedVolunteerDemo(two, now);
    const secrets = (db: Database) => new Map(db.find('activities', {}).map((a) => [a['_id'], a['secret'] as string]));
    const [s1, s2] = [secrets(one), secrets(two)];
    assert.ok(s1.size >= 5);
    for (const [id, secret] of s1) {
      assert.match(secret, /^[0-9a-f]{32}$/, String(id));
      assert.notEqual(secret, s2.get(id), String(id));
    }
    assert.equal(new Set(s1.values()).size, s1.size);
  });

  it('no answer of the API includes an activity’s secret', async () => {
    const cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions'), seedDemo: true });
    try {
      const as = callerCache(cloud);
      const bodies: unknown[] = [];
      const call = async (openid: string, action: string, data?: unknown) => {
        const body = await (await as(openid))('volunteer', action, data);
        bodies.push(body);
        return body;
      };
      const ids = cloud.db.find('activities', {}).map((a) => String(a['_id']));
      for (const openid of ['demo_member_a', 'demo_crew', 'demo_secretary', 'demo_admin']) {
        for (const filter of ['open', 'mine', 'past']) await call(openid, 'list', { filter });
        for (const when of ['upcoming', 'ongoing', 'past']) await call(openid, 'myActivities', { when });
        for (const id of ids) await call(openid, 'get', { id });
      }
      for (const id of ids) {
        await call('demo_secretary', 'roster', { id });
        await call('demo_secretary', 'checkinCode', { id });
        await call('demo_member_a', 'signUp', { id });
        await call('demo_secretary', 'close', { id });
      }
      await call('demo_secretary', 'publish', { id: 'act_demo_draft' });
      await call('demo_secretary', 'cancel', { id: 'act_demo_draft', reason: '测试取消' });
      assert.ok(bodies.some((b) => (b as { ok: boolean }).ok));
      const text = JSON.stringify(bodies);
      for (const a of cloud.db.find('activities', {})) {
        assert.ok(!text.includes(String(a['secret'])), `secret of ${String(a['_id'])} leaked`);
      }
      assert.ok(!/"secret"/.test(text));
    } finally {
      await cloud.close();
    }
  });
});
