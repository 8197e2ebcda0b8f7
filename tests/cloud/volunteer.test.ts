import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import type { LocalCloud } from '../../cloud/local/server';
import type { ActivityDoc } from '../../cloud/core/volunteer/docs';
import { codeFor, windowOf } from '../../cloud/core/volunteer/checkin-code';
import { callerCache, callMany, okData, refusedWith, ROOT, seedOrgFixture, startTestCloud, userDoc } from './helpers';
import { activityDoc, at, draftInput, HOUR, isoAt } from './volunteer-fixture';

// 500 calls at once queue on the SDK's few sockets, each adding a listener while it waits: expected here.
EventEmitter.defaultMaxListeners = 1000;


describe('volunteer function', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    seedOrgFixture(cloud.db);
    as = callerCache(cloud);
    cloud.db.insert('users', [
      userDoc('vol_m1', '孔繁星', ['crew', 'member'], { orgId: 'org_a', branchId: 'br_a1' }),
      userDoc('vol_m2', '颜卫东', ['crew', 'member'], { orgId: 'org_a', branchId: 'br_a1' }),
    ]);
  });
  after(() => cloud.close());

  let as: ReturnType<typeof callerCache>;
  const ok = okData;
  const refused = refusedWith;
  const v = async (openid: string, action: string, data?: unknown) => (await as(openid))('volunteer', action, data);
  const activity = (id: string): ActivityDoc => cloud.db.find('activities', { _id: id })[0] as unknown as ActivityDoc;
  const enrollment = (id: string, openid: string) => cloud.db.find('enrollments', { _id: `${id}_${openid}` })[0];
  /** Enrolled (the seats' count), waiting (counted from the enrollments) and free seats. */
  const seats = (id: string) => {
    const a = activity(id);
    return [a.enrolled, cloud.db.count('enrollments', { activityId: id, status: 'waitlisted' }), a.remaining];
  };

  const draft = draftInput;

  /** A published activity written straight into the store, for times the API would not allow now. */
  let seq = 0;
  const insertActivity = (over: Partial<ActivityDoc> = {}): string => {
    const id = `vt${++seq}`;
    cloud.db.insert('activities', [{ ...activityDoc(id, over) }]);
    return id;
  };

  describe('organising', () => {
    it('a branch secretary saves a draft with the points item snapshotted, edits and publishes it', async () => {
      const saved = ok(await v('sec_a1', 'save', draft()));
      assert.equal(saved.status, 'draft');
      assert.equal(saved.branchId, 'br_a1');
      assert.equal(saved.pointsItemName, '参加志愿服务活动');
      assert.equal(saved.points, 5);
      assert.equal(saved.createdByName, '赵志刚');
      assert.equal((activity(saved.id) as unknown as Record<string, unknown>)['secret'] !== undefined, true);
      assert.equal(JSON.stringify(saved).includes('secret'), false);
      // Drafts: only organisers see them.
      refused(await v('mem_a1', 'get', { id: saved.id }), 'NOT_FOUND');
      const openForSec = ok(await v('sec_a1', 'list', { filter: 'open' }));
      assert.ok(openForSec.items.some((a: { id: string }) => a.id === saved.id));
      const openForMember = ok(await v('mem_a1', 'list', { filter: 'open' }));
      assert.ok(!openForMember.items.some((a: { id: string }) => a.id === saved.id));

      const edited = ok(await v('sec_a1', 'save', draft({ id: saved.id, capacity: 12, title: '水上安全进校园' })));
      assert.equal(edited.capacity, 12);
      const published = ok(await v('sec_a1', 'publish', { id: saved.id }));
      assert.equal(published.status, 'published');
      assert.equal(activity(saved.id).remaining, 12);
      const seen = ok(await v('mem_a1', 'get', { id: saved.id }));
      assert.equal(seen.signupState, 'open');
      assert.equal(seen.canManage, false);
      assert.equal(ok(await v('admin_a', 'get', { id: saved.id })).canManage, true);
    });

    it('refuses unknown points items, bad words and non-organisers', async () => {
      refused(await v('sec_a1', 'save', draft({ pointsItemId: 'nope' })), 'INVALID_INPUT', /积分项目不存在/);
      refused(await v('sec_a1', 'save', draft({ title: '周末赌博知识讲座' })), 'INVALID_INPUT', /内容含有不当词语：赌博/);
      refused(
        await v('sec_a1', 'save', draft({ description: '含有色情内容' })),
        'INVALID_INPUT',
        /内容含有不当词语：色情/,
      );
      refused(await v('mem_a1', 'save', draft()), 'FORBIDDEN');
      refused(await v('demo_crew_x', 'save', draft()), 'FORBIDDEN');
      const id = ok(await v('sec_a1', 'save', draft({ audience: 'members' }))).id;
      refused(await v('sec_a2', 'save', draft({ id })), 'NOT_FOUND'); // a draft of another branch: not even seen
      ok(await v('sec_a1', 'publish', { id }));
      for (const [action, data] of [
        ['save', draft({ id })],
        ['publish', { id }],
        ['cancel', { id, reason: '天气原因' }],
        ['close', { id }],
        ['roster', { id }],
        ['checkinCode', { id }],
        ['markAttendance', { id, openid: 'mem_a1', checkedInAt: isoAt(0), checkedOutAt: isoAt(HOUR), reason: '补录' }],
      ] as const) {
        refused(await v('sec_a2', action, data), 'FORBIDDEN', undefined);
        refused(await v('mem_a1', action, data), 'FORBIDDEN', undefined);
      }
      ok(await v('admin_a', 'roster', { id })); // the org admin organises every branch's activities
    });

    it('capacity of a published activity never goes below those enrolled; raising it promotes the waitlist', async () => {
      const id = insertActivity({ capacity: 2, signupDeadline: at(HOUR) });
      for (const p of ['mem_a1', 'mem_a2', 'vol_m1']) ok(await v(p, 'signUp', { id }));
      assert.equal(enrollment(id, 'vol_m1')!['status'], 'waitlisted');
      const start = isoAt(HOUR); // read once: sign-up may close at the start, not a millisecond after
      const base = draft({ id, audience: 'public', startAt: start, endAt: isoAt(3 * HOUR), signupDeadline: start, cancelDeadline: start });
      refused(await v('sec_a1', 'save', { ...base, capacity: 1 }), 'CONFLICT', /不能少于已报名的 2 人/);
      const raised = ok(await v('sec_a1', 'save', { ...base, capacity: 3 }));
      assert.equal(raised.enrolled, 3);
      assert.equal(raised.waitlisted, 0);
      assert.equal(activity(id).remaining, 0);
      assert.equal(enrollment(id, 'vol_m1')!['status'], 'enrolled');
    });

    it('cancelling tells everyone signed up', async () => {
      const id = insertActivity({ capacity: 1 });
      ok(await v('mem_a1', 'signUp', { id }));
      ok(await v('mem_a2', 'signUp', { id }));
      const cancelled = ok(await v('sec_a1', 'cancel', { id, reason: '暴雨预警，活动取消' }));
      assert.equal(cancelled.status, 'cancelled');
      assert.equal(cancelled.cancelReason, '暴雨预警，活动取消');
      for (const p of ['mem_a1', 'mem_a2']) {
        const msgs = ok(await v(p, 'get', { id }));
        assert.equal(msgs.signupState, 'unavailable');
        const inbox = ok(await (await as(p))('messages', 'list', {}));
        assert.ok(inbox.items.some((m: { body: string }) => m.body.includes('暴雨预警')), p);
      }
      ok(await v('sec_a1', 'cancel', { id, reason: '重复' })); // a retry adds no message
      assert.equal(cloud.db.find('messages', { openid: 'mem_a1', refId: id }).length, 1);
      refused(await v('mem_a1', 'signUp', { id }), 'CONFLICT');
    });
  });

  describe('visibility and audience', () => {
    it('branch-only activities: the branch sees and signs up, another branch is refused, crew see public ones only', async () => {
      const branchOnly = insertActivity({ audience: 'branch', title: '义诊' });
      const membersOnly = insertActivity({ audience: 'members', title: '主题党日志愿服务' });
      const open = insertActivity({ audience: 'public', title: '夏送清凉' });
      const ids = (page: { items: Array<{ id: string }> }) => page.items.map((a) => a.id);

      const m2 = ids(ok(await v('mem_a2', 'list', { filter: 'open' })));
      assert.ok(!m2.includes(branchOnly) && m2.includes(membersOnly) && m2.includes(open));
      refused(await v('mem_a2', 'get', { id: branchOnly }), 'NOT_FOUND');
      // Signing up to one they cannot see answers as get does: it does not exist to them.
      refused(await v('mem_a2', 'signUp', { id: branchOnly }), 'NOT_FOUND');

      const crew = ids(ok(await v('crew_visitor', 'list', { filter: 'open' })));
      assert.ok(!crew.includes(branchOnly) && !crew.includes(membersOnly) && crew.includes(open));
      refused(await v('crew_visitor', 'get', { id: membersOnly }), 'NOT_FOUND');
      refused(await v('crew_visitor', 'signUp', { id: membersOnly }), 'NOT_FOUND');
      refused(await v('admin_b', 'get', { id: branchOnly }), 'NOT_FOUND');

      const mine = ok(await v('crew_visitor', 'signUp', { id: open }));
      assert.equal(mine.status, 'enrolled');
      ok(await v('mem_a1', 'signUp', { id: branchOnly }));
      const view = ok(await v('mem_a1', 'get', { id: branchOnly }));
      assert.equal(view.signupState, 'enrolled');
      assert.equal(view.mine.status, 'enrolled');
      const myList = ids(ok(await v('crew_visitor', 'list', { filter: 'mine' })));
      assert.deepEqual(myList, [open]);
      const upcoming = ok(await v('crew_visitor', 'myActivities', { when: 'upcoming' }));
      assert.deepEqual(ids(upcoming), [open]);
      assert.equal(upcoming.items[0].mine.status, 'enrolled');
    });

    it('pages through open activities without repeats', async () => {
      const made = Array.from({ length: 25 }, (_v, i) => insertActivity({ audience: 'members', startAt: at(2 * HOUR + i * 60_000), endAt: at(5 * HOUR) }));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Array<{ id: string }>; cursor: string | null } = ok(await v('mem_a2', 'list', { filter: 'open', cursor }));
        seen.push(...page.items.map((a) => a.id));
        cursor = page.cursor;
      } while (cursor);
      assert.equal(new Set(seen).size, seen.length);
      for (const id of made) assert.ok(seen.includes(id));
    });
  });

  describe('sign-up and waitlist', () => {
    it('500 concurrent sign-ups for 50 seats: 50 enrolled, 450 waitlisted in arrival order, nobody twice', async () => {
      const id = insertActivity({ capacity: 50 });
      const people = Array.from({ length: 500 }, (_v, i) => `burst_${i}`);
      // 50 in flight (the sign-up bench's target): heavy contention on one document, without queueing
      // calls past the SDK's request timeout when the machine is busy.
      const { bodies } = await callMany(cloud, people, 'volunteer', 'signUp', { id }, 50);
      const results = bodies.map(ok);
      const enrolled = results.filter((r) => r.status === 'enrolled');
      assert.equal(enrolled.length, 50);
      assert.equal(results.filter((r) => r.status === 'waitlisted').length, 450);

      const docs = cloud.db.find('enrollments', { activityId: id });
      assert.equal(docs.length, 500);
      assert.equal(new Set(docs.map((d) => d['openid'])).size, 500);
      assert.equal(docs.filter((d) => d['status'] === 'enrolled').length, 50);
      assert.deepEqual(seats(id), [50, 450, 0]);
      assert.equal(activity(id).holders!.length, 50);

      // Positions 1..450 follow the arrival keys.
      const roster = ok(await v('sec_a1', 'roster', { id }));
      const waiting = roster.filter((r: { status: string }) => r.status === 'waitlisted');
      assert.deepEqual(
        waiting.map((r: { waitlistPosition: number }) => r.waitlistPosition),
        Array.from({ length: 450 }, (_v, i) => i + 1),
      );
      const keys = new Map(docs.map((d) => [d['openid'], d['seqKey'] as string]));
      const byKey = [...waiting].map((r: { openid: string }) => keys.get(r.openid)!);
      assert.deepEqual(byKey, [...byKey].sort());
      // Each was told a place in the line as it stood then.
      for (const r of results.filter((x) => x.status === 'waitlisted')) {
        assert.ok(r.waitlistPosition >= 1 && r.waitlistPosition <= 450, String(r.waitlistPosition));
      }

      // A second sign-up, even concurrent, is refused.
      const again = await callMany(cloud, [people[0]!, people[0]!, people[499]!], 'volunteer', 'signUp', { id });
      for (const b of again.bodies) refused(b, 'CONFLICT', /你已报名/);

      // Ten concurrent cancellations promote the first ten waiting, in order.
      const leaving = roster.filter((r: { status: string }) => r.status === 'enrolled').slice(0, 10).map((r: { openid: string }) => r.openid);
      const firstTen = waiting.slice(0, 10).map((r: { openid: string }) => r.openid);
      const cancels = await callMany(cloud, leaving, 'volunteer', 'cancelSignUp', { id });
      for (const b of cancels.bodies) assert.equal(ok(b).status, 'cancelled');
      for (const p of firstTen) assert.equal(enrollment(id, p)!['status'], 'enrolled', p);
      assert.deepEqual(seats(id), [50, 440, 0]);
      const next = ok(await v(waiting[10].openid, 'get', { id }));
      assert.equal(next.mine.waitlistPosition, 1);
    });

    it('without a waitlist a full activity refuses; cancelling promotes in order and signing up again goes to the back', async () => {
      const full = insertActivity({ capacity: 1, waitlist: false });
      ok(await v('mem_a1', 'signUp', { id: full }));
      refused(await v('mem_a2', 'signUp', { id: full }), 'CONFLICT', /名额已满/);
      assert.equal(ok(await v('mem_a2', 'get', { id: full })).signupState, 'full');
      assert.equal(activity(full).enrolled, 1);

      const id = insertActivity({ capacity: 1 });
      const order = ['mem_a1', 'mem_a2', 'vol_m1', 'vol_m2'];
      for (const p of order) ok(await v(p, 'signUp', { id }));
      assert.equal(ok(await v('vol_m2', 'get', { id })).mine.waitlistPosition, 3);
      refused(await v('mem_a2', 'signUp', { id }), 'CONFLICT', /你已报名/);

      // mem_a2 leaves the waitlist and comes back: now behind vol_m2.
      assert.equal(ok(await v('mem_a2', 'cancelSignUp', { id })).status, 'cancelled');
      const back = ok(await v('mem_a2', 'signUp', { id }));
      assert.equal(back.status, 'waitlisted');
      assert.equal(back.waitlistPosition, 3);

      ok(await v('mem_a1', 'cancelSignUp', { id })); // vol_m1 moves up
      assert.equal(enrollment(id, 'vol_m1')!['status'], 'enrolled');
      ok(await v('vol_m1', 'cancelSignUp', { id })); // then vol_m2
      assert.equal(enrollment(id, 'vol_m2')!['status'], 'enrolled');
      ok(await v('vol_m2', 'cancelSignUp', { id })); // then mem_a2
      assert.equal(enrollment(id, 'mem_a2')!['status'], 'enrolled');
      ok(await v('mem_a2', 'cancelSignUp', { id })); // nobody waits: the seat is free again
      assert.deepEqual(seats(id), [0, 0, 1]);
      const inbox = ok(await (await as('vol_m1'))('messages', 'list', {}));
      assert.ok(inbox.items.some((m: { title: string }) => m.title === '候补转为正式报名'));
    });

    it('sign-up after its deadline and cancelling after the cancel deadline are refused', async () => {
      const late = insertActivity({ signupDeadline: at(-60_000) });
      refused(await v('mem_a1', 'signUp', { id: late }), 'CONFLICT', /报名已截止/);
      assert.equal(ok(await v('mem_a1', 'get', { id: late })).signupState, 'closed');
      const id = insertActivity({ cancelDeadline: at(-60_000) });
      ok(await v('mem_a1', 'signUp', { id }));
      refused(await v('mem_a1', 'cancelSignUp', { id }), 'CONFLICT', /已过取消报名的截止时间/);
      assert.equal(enrollment(id, 'mem_a1')!['status'], 'enrolled');
      assert.equal(activity(id).enrolled, 1);
    });
  });

  describe('check-in and close', () => {
    it('accepts the current and the previous code, refuses an expired or forged one; checking in twice keeps the first time', async () => {
      const id = insertActivity({ startAt: at(30 * 60_000), endAt: at(3 * HOUR) });
      ok(await v('mem_a1', 'signUp', { id }));
      const shown = ok(await v('sec_a1', 'checkinCode', { id }));
      assert.match(shown.code, /^[A-Z2-9]{6}$/);
      assert.equal(shown.qr, `redsail:checkin:${id}:${shown.code}`);
      assert.ok(Date.parse(shown.expiresAt) > Date.now());
      const secret = activity(id).secret;
      const w = windowOf(new Date());
      refused(await v('mem_a1', 'checkIn', { id, code: codeFor(secret, id, w - 3), kind: 'in' }), 'INVALID_INPUT', /签到码已过期或无效/);
      refused(await v('mem_a1', 'checkIn', { id, code: 'ABCDEF', kind: 'in' }), 'INVALID_INPUT', /签到码已过期或无效/);
      refused(await v('mem_a1', 'checkIn', { id, code: codeFor('forged', id, w), kind: 'in' }), 'INVALID_INPUT');
      refused(await v('mem_a1', 'checkIn', { id, code: shown.code, kind: 'out' }), 'CONFLICT', /请先签到/);
      refused(await v('mem_a2', 'checkIn', { id, code: shown.code, kind: 'in' }), 'FORBIDDEN'); // not signed up

      const first = ok(await v('mem_a1', 'checkIn', { id, code: codeFor(secret, id, windowOf(new Date()) - 1).toLowerCase(), kind: 'in' }));
      assert.ok(first.checkedInAt);
      const second = ok(await v('mem_a1', 'checkIn', { id, code: codeFor(secret, id, windowOf(new Date())), kind: 'in' }));
      assert.equal(second.checkedInAt, first.checkedInAt);
      const out = ok(await v('mem_a1', 'checkIn', { id, code: shown.code, kind: 'out' }));
      assert.ok(out.checkedOutAt);

      const tooEarly = insertActivity({ startAt: at(3 * HOUR), endAt: at(5 * HOUR), signupDeadline: at(HOUR) });
      ok(await v('mem_a1', 'signUp', { id: tooEarly }));
      const code = ok(await v('sec_a1', 'checkinCode', { id: tooEarly })).code;
      refused(await v('mem_a1', 'checkIn', { id: tooEarly, code, kind: 'in' }), 'CONFLICT', /1 小时/);
    });

    /** An activity that ran from 3 h ago to 1 h ago, with two members and a crew member attending. */
    async function ranActivity(over: Partial<ActivityDoc> = {}): Promise<string> {
      const id = insertActivity({ startAt: at(-3 * HOUR), endAt: at(-HOUR), signupDeadline: at(HOUR), ...over });
      for (const p of ['vol_m1', 'vol_m2', 'crew_helper', 'mem_a2']) ok(await v(p, 'signUp', { id }));
      const mark = (openid: string, inAt: number, outAt: number) =>
        v('sec_a1', 'markAttendance', { id, openid, checkedInAt: isoAt(inAt), checkedOutAt: isoAt(outAt), reason: '现场签到表补录' });
      ok(await mark('vol_m1', -3.5 * HOUR, -0.5 * HOUR)); // the whole 2 h
      const half = ok(await mark('vol_m2', -2.2 * HOUR, -HOUR)); // 1.2 h → 1 h
      assert.equal(half.markedReason, '现场签到表补录');
      ok(await mark('crew_helper', -3 * HOUR, -2 * HOUR)); // crew: hours, no points
      // mem_a2 never came.
      return id;
    }
    const ledgerOf = (id: string, openid: string) => cloud.db.find('pointLedger', { _id: `act_${id}_${openid}` });
    const total = (openid: string) =>
      cloud.db.find('pointTotals', { openid }).reduce((s, t) => s + ((t['total'] as number) ?? 0), 0);

    it('close credits hours and points once, however often it is retried', async () => {
      const id = await ranActivity();
      const before1 = total('vol_m1');
      const r1 = ok(await v('sec_a1', 'close', { id }));
      assert.equal(r1.activity.status, 'finished');
      assert.equal(r1.credited, 3);
      const r2 = ok(await v('sec_a1', 'close', { id }));
      assert.equal(r2.credited, 3);
      assert.equal(ledgerOf(id, 'vol_m1').length, 1);
      assert.equal(ledgerOf(id, 'vol_m1')[0]!['points'], 5);
      assert.equal(ledgerOf(id, 'crew_helper').length, 0);
      assert.equal(ledgerOf(id, 'mem_a2').length, 0);
      assert.equal(total('vol_m1'), before1 + 5);
      assert.deepEqual(
        ['vol_m1', 'vol_m2', 'crew_helper', 'mem_a2'].map((p) => enrollment(id, p)!['hours']),
        [2, 1, 1, null],
      );
      const past = ok(await v('vol_m1', 'myActivities', { when: 'past' }));
      const mine = past.items.find((a: { id: string }) => a.id === id);
      assert.deepEqual([mine.mine.hours, mine.mine.points], [2, 5]);
      refused(await v('sec_a1', 'markAttendance', { id, openid: 'vol_m1', checkedInAt: isoAt(-3 * HOUR), checkedOutAt: isoAt(-HOUR), reason: '改' }), 'CONFLICT');
      const finished = ok(await v('vol_m1', 'list', { filter: 'past' }));
      assert.ok(finished.items.some((a: { id: string }) => a.id === id));
    });

    it('two closes at once grant once; serviceHours caps the hours', async () => {
      const id = await ranActivity({ serviceHours: 1.5 });
      const before1 = total('vol_m1');
      const entriesBefore = cloud.db.find('pointLedger', { openid: 'vol_m1' }).length;
      const [a, b] = await Promise.all([v('sec_a1', 'close', { id }), v('admin_a', 'close', { id })]);
      assert.equal(ok(a).credited, 3);
      assert.equal(ok(b).credited, 3);
      assert.equal(ledgerOf(id, 'vol_m1').length, 1);
      assert.equal(cloud.db.find('pointLedger', { openid: 'vol_m1' }).length, entriesBefore + 1);
      assert.equal(total('vol_m1'), before1 + 5);
      const sum = cloud.db.find('pointLedger', { openid: 'vol_m1' }).reduce((s, e) => s + (e['points'] as number), 0);
      assert.equal(total('vol_m1'), sum);
      assert.equal(enrollment(id, 'vol_m1')!['hours'], 1.5);
    });

    it('close waits for the start', async () => {
      const id = insertActivity({ startAt: at(HOUR) });
      refused(await v('sec_a1', 'close', { id }), 'CONFLICT', /开始后/);
    });
  });
});
