// Multi-step sequences: chains of allowed calls that must not reach what a single call is refused.
// Each uses people of its own (World.person), so the matrix's callers and the other chains are untouched.
import assert from 'node:assert/strict';
import { addDays, chinaDate } from '../../../contracts/stations-hours';
import { chinaDay, csvBase64, okData as ok, refusedWith as refused, userDoc } from '../helpers';
import { at, draftInput, HOUR, isoAt } from '../volunteer-fixture';
import { brandContent } from '../brands-fixture';
import { CAPPED_ITEM, FREE_ITEM, projectContent, TODAY, type World } from './fixtures';

type Sequence = (w: World) => Promise<void>;

/** A new secretary of br_a1 (beside z_sec), so a chain can demote or self-deal without touching the matrix's. */
function secretary(w: World): string {
  const openid = w.id('z_sec2');
  w.insert(
    'users',
    userDoc(openid, '钱副书记', ['crew', 'member', 'branch_admin'], {
      orgId: 'org_a',
      branchId: 'br_a1',
      phone: w.phone(),
    }),
  );
  return openid;
}

/** A new staff member of a station, of no org. */
function staffOf(w: World, station: string): string {
  const openid = w.id('z_staff2');
  w.insert('users', userDoc(openid, '驿站新人', ['crew', 'station_staff'], { stationId: station, phone: w.phone() }));
  return openid;
}

const user = (w: World, openid: string) => w.find('users', { _id: openid })[0]!;

export const sequences: Record<string, Sequence> = {
  async 'a: a role granted by another org never survives joining a branch, and that org cannot take over the applicant'(
    w,
  ) {
    const { own, org } = w.unit;
    const crew = w.person(null, 'z_drifter');
    // B's admin makes unaffiliated crew staff of B's station (they stay of no org) — but not B's admin.
    ok(await w.call(org.admin, 'org', 'setRoles', { openid: crew, roles: ['station_staff'], stationId: org.station }));
    refused(await w.call(org.admin, 'org', 'setRoles', { openid: crew, roles: ['org_admin'] }), 'FORBIDDEN');
    assert.equal(user(w, crew).orgId, null);
    // They ask to join A's branch; B's admin can neither see nor decide A's queue, nor place them at A's station.
    const request = ok(await w.call(crew, 'account', 'requestJoin', { inviteCode: own.invite, name: '跨单位船员' }));
    refused(await w.call(org.admin, 'org', 'listJoinRequests', { branchId: own.branch }), 'FORBIDDEN');
    refused(await w.call(org.admin, 'org', 'decideJoin', { requestId: request.id, approve: true }), 'FORBIDDEN');
    refused(
      await w.call(org.admin, 'org', 'setRoles', { openid: crew, roles: ['station_staff'], stationId: own.station }),
      'NOT_FOUND',
    );
    // A's secretary sees who is asking (staff of B's station) and approves.
    const queue = ok(await w.call(own.sec, 'org', 'listJoinRequests', { branchId: own.branch }));
    const item = queue.find((q: { id: string }) => q.id === request.id);
    assert.equal(item.applicant.station.orgName, '安庆港航党委');
    ok(await w.call(own.sec, 'org', 'decideJoin', { requestId: request.id, approve: true }));
    // Nothing of B survives; B's admin no longer reaches them, and B's station is closed to them.
    const after = user(w, crew);
    assert.deepEqual(
      [after.roles, after.stationId, after.orgId, after.branchId],
      [['crew', 'member'], null, own.org, own.branch],
    );
    refused(await w.call(org.admin, 'org', 'setRoles', { openid: crew, roles: [] }), 'FORBIDDEN');
    refused(await w.call(crew, 'stations', 'board', { stationId: org.station, date: TODAY() }), 'FORBIDDEN');
    // Nor does A's admin place A's member at B's station.
    refused(
      await w.call(own.admin, 'org', 'setRoles', { openid: crew, roles: ['station_staff'], stationId: org.station }),
      'NOT_FOUND',
    );
  },

  async "a2: staff of A's station cannot be given B's station by B's admin, nor carried into B by joining it"(w) {
    const { own, org } = w.unit;
    const staff = staffOf(w, own.station);
    refused(
      await w.call(org.admin, 'org', 'setRoles', { openid: staff, roles: ['station_staff'], stationId: org.station }),
      'FORBIDDEN',
      /其他单位驿站/,
    );
    // Joining B's branch keeps nothing of A: the station role goes with A.
    const request = ok(await w.call(staff, 'account', 'requestJoin', { inviteCode: org.invite, name: '驿站新人' }));
    ok(await w.call(org.sec, 'org', 'decideJoin', { requestId: request.id, approve: true }));
    assert.deepEqual([user(w, staff).roles, user(w, staff).stationId], [['crew', 'member'], null]);
    refused(await w.call(staff, 'stations', 'board', { stationId: own.station, date: TODAY() }), 'FORBIDDEN');
  },

  async 'b: a secretary who publishes, signs up, moves times and closes gets hours but no points; a member is held to the caps'(
    w,
  ) {
    const { own } = w.unit;
    const sec = secretary(w);
    const member = w.person('own', 'z_volunteer');
    const draft = ok(
      await w.call(sec, 'volunteer', 'save', draftInput({ pointsItemId: CAPPED_ITEM, capacity: 2, waitlist: false })),
    );
    ok(await w.call(sec, 'volunteer', 'publish', { id: draft.id }));
    ok(await w.call(sec, 'volunteer', 'signUp', { id: draft.id }));
    ok(await w.call(member, 'volunteer', 'signUp', { id: draft.id }));
    const edit = (over: Record<string, unknown>) =>
      w.call(
        sec,
        'volunteer',
        'save',
        draftInput({ id: draft.id, pointsItemId: CAPPED_ITEM, capacity: 2, waitlist: false, ...over }),
      );
    refused(await edit({ capacity: 1 }), 'CONFLICT'); // below the two seats taken
    refused(
      await edit({
        startAt: isoAt(-HOUR),
        endAt: isoAt(HOUR),
        signupDeadline: isoAt(-2 * HOUR),
        cancelDeadline: isoAt(-2 * HOUR),
      }),
      'INVALID_INPUT',
    );
    const attendance = (openid: string) => ({
      id: draft.id,
      openid,
      checkedInAt: isoAt(-2 * HOUR),
      checkedOutAt: isoAt(-HOUR / 2),
      reason: '补录',
    });
    refused(await w.call(sec, 'volunteer', 'markAttendance', attendance(sec)), 'FORBIDDEN');
    refused(await w.call(sec, 'volunteer', 'close', { id: draft.id }), 'CONFLICT'); // not started
    // Time passes (the stored times move back, as if we had waited): the activity ran 2 h ago – 30 min ago.
    w.set('activities', { _id: draft.id }, { startAt: at(-2 * HOUR), endAt: at(-HOUR / 2) });
    refused(
      await edit({
        startAt: isoAt(-3 * HOUR),
        endAt: isoAt(HOUR),
        signupDeadline: isoAt(-4 * HOUR),
        cancelDeadline: isoAt(-4 * HOUR),
      }),
      'CONFLICT',
    ); // started: times fixed
    // Another organiser marks the secretary present, the secretary marks the member; the member already had 5 of the item's 7 this month.
    ok(await w.call(own.admin, 'volunteer', 'markAttendance', attendance(sec)));
    ok(await w.call(sec, 'volunteer', 'markAttendance', attendance(member)));
    const day = chinaDay(at(-2 * HOUR)).today;
    ok(
      await w.call(own.admin, 'points', 'award', {
        requestId: w.requestId(),
        openid: member,
        itemId: CAPPED_ITEM,
        date: day,
        reason: '此前的志愿服务',
      }),
    );
    const closed = ok(await w.call(sec, 'volunteer', 'close', { id: draft.id }));
    const note = (openid: string) => closed.shortfalls.find((s: { openid: string }) => s.openid === openid);
    assert.deepEqual([note(sec).points, note(member).points], [0, 2]);
    assert.match(note(sec).reason, /组织者不为自己计积分/);
    const ledger = (openid: string) => w.find('pointLedger', { openid, source: 'activity' });
    assert.equal(ledger(sec).length, 0);
    assert.ok(w.find('enrollments', { _id: `${draft.id}_${sec}` })[0]!.hours >= 1); // hours, yes
    // Closing again credits nobody twice; the secretary cannot award themselves either.
    ok(await w.call(sec, 'volunteer', 'close', { id: draft.id }));
    assert.deepEqual([ledger(sec).length, ledger(member).length], [0, 1]);
    refused(
      await w.call(sec, 'points', 'award', {
        requestId: w.requestId(),
        openid: sec,
        itemId: FREE_ITEM,
        date: TODAY(),
        reason: '自己',
      }),
      'FORBIDDEN',
    );
  },

  async 'c: guessing invite codes, roster entries, check-in codes and booking codes is rate limited'(w) {
    const { own } = w.unit;
    // Invite codes: 10 attempts an hour, then even the right code waits (and so does a roster request).
    const guesser = w.person(null, 'z_guess');
    for (let i = 0; i < 10; i++)
      refused(
        await w.call(guesser, 'account', 'requestJoin', {
          inviteCode: `ZZZZ${String(i).padStart(2, '0')}`,
          name: '猜码',
        }),
        'NOT_FOUND',
      );
    refused(await w.call(guesser, 'account', 'requestJoin', { inviteCode: own.invite, name: '猜码' }), 'RATE_LIMITED');
    refused(
      await w.call(guesser, 'account', 'requestJoin', { name: '猜码', phone: w.phone(), branchId: own.branch }),
      'RATE_LIMITED',
    );
    // Roster requests: each is filed alike whatever the roster says, and the 11th in an hour is refused.
    const prober = w.person(null, 'z_probe');
    for (let i = 0; i < 10; i++) {
      w.clearJoins(prober);
      ok(await w.call(prober, 'account', 'requestJoin', { name: '猜名册', phone: w.phone(), branchId: own.branch }));
    }
    w.clearJoins(prober);
    refused(
      await w.call(prober, 'account', 'requestJoin', { name: '猜名册', phone: w.phone(), branchId: own.branch }),
      'RATE_LIMITED',
    );
    // Check-in codes: five wrong ones lock the person out, the right code included.
    const id = w.runningActivity('own');
    const attendee = w.person('own', 'z_attendee');
    w.enrol(attendee, id);
    const right = w.checkinCode(id);
    const wrong = right === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < 5; i++)
      refused(await w.call(attendee, 'volunteer', 'checkIn', { id, code: wrong, kind: 'in' }), 'INVALID_INPUT');
    refused(await w.call(attendee, 'volunteer', 'checkIn', { id, code: right, kind: 'in' }), 'RATE_LIMITED');
    // Booking codes typed at the counter: ten misses in ten minutes, then the right code waits too.
    const staff = staffOf(w, own.station);
    const booking = await w.todayBooking('own');
    for (let i = 0; i < 10; i++) {
      const miss = ok(
        await w.call(staff, 'stations', 'verify', { stationId: own.station, code: `ZZ${String(1000 + i)}` }),
      );
      assert.equal(miss.outcome, 'not_found');
    }
    refused(await w.call(staff, 'stations', 'verify', { stationId: own.station, code: booking.code }), 'RATE_LIMITED');
  },

  async 'd: the roster oracle: a listed and an unlisted name and phone get the same answer'(w) {
    const { own } = w.unit;
    const listedPhone = w.phone();
    ok(
      await w.call(own.admin, 'org', 'importRoster', {
        fileName: 'roster.csv',
        contentBase64: csvBase64(['姓名,手机号,支部', `陈晓航,${listedPhone},${own.branchName}`]),
        requestId: w.requestId(),
      }),
    );
    const ask = async (name: string, phone: string, branchId: string) => {
      const openid = w.person(null, 'z_asker');
      const body = await w.call(openid, 'account', 'requestJoin', { name, phone, branchId });
      const me = ok(await w.call(openid, 'account', 'whoami', {}));
      return { body, me };
    };
    const listed = await ask('陈晓航', listedPhone, own.branch);
    const unlisted = await ask('王五', w.phone(), own.branch);
    const wrongBranch = await ask('陈晓航', listedPhone, w.unit.branch.branch);
    // What the asker sees, without what they typed themselves and the ids: identical.
    const seen = (r: { body: any; me: any }) => {
      const {
        id: _i,
        openid: _o,
        name: _n,
        phone: _p,
        createdAt: _c,
        branchId: _b,
        branchName: _bn,
        ...rest
      } = ok(r.body);
      const {
        id: _pi,
        openid: _po,
        name: _pn,
        phone: _pp,
        createdAt: _pc,
        branchId: _pb,
        branchName: _pbn,
        ...pending
      } = r.me.pendingJoin;
      return { rest, pending, keys: Object.keys(r.me.pendingJoin).sort() };
    };
    assert.deepEqual(seen(listed), seen(unlisted));
    assert.deepEqual(seen(wrongBranch), seen(unlisted));
    assert.ok(!('rosterMatch' in ok(listed.body)));
    // Only the secretary learns which matched.
    const queue = ok(await w.call(own.sec, 'org', 'listJoinRequests', { branchId: own.branch }));
    const match = (r: { body: any }) => queue.find((q: { id: string }) => q.id === r.body.data.id).rosterMatch;
    assert.deepEqual([match(listed), match(unlisted)], ['matched', 'not_found']);
  },

  async "e: nobody reaches past their scope: own claims, other branches' queues, other stations, other editors' work, other people's certificates"(
    w,
  ) {
    const { own, branch, org } = w.unit;
    // A member cannot approve their own claim, read a branch-mate's, or another branch's queue.
    const member = w.person('own', 'z_claimer');
    const mate = w.person('own', 'z_mate');
    const mine = await w.claim(member);
    const decide = async (who: string, claimId: string) =>
      ok(await w.call(who, 'points', 'decideClaims', { requestId: w.requestId(), claimIds: [claimId], approve: true }));
    assert.match((await decide(member, mine)).failed[0].message, /不能审核自己的申请/);
    assert.match((await decide(mate, mine)).failed[0].message, /没有权限/);
    refused(await w.call(mate, 'points', 'getClaim', { claimId: mine }), 'FORBIDDEN');
    refused(await w.call(mate, 'points', 'withdrawClaim', { claimId: mine }), 'FORBIDDEN');
    refused(await w.call(member, 'points', 'claimQueue', { branchId: branch.branch }), 'FORBIDDEN');
    // Nor does a secretary approve their own; the other secretary of the branch may.
    const sec = secretary(w);
    const secClaim = await w.claim(sec);
    assert.match((await decide(sec, secClaim)).failed[0].message, /不能审核自己的申请/);
    assert.equal((await decide(own.sec, secClaim)).decided.length, 1);
    // A station's staff see their own board only, and a booking there only on the board.
    const staff = staffOf(w, own.station);
    for (const stationId of [branch.station, org.station]) {
      refused(await w.call(staff, 'stations', 'board', { stationId, date: TODAY() }), 'FORBIDDEN');
      refused(await w.call(staff, 'stations', 'exportBookings', { stationId, period: TODAY() }), 'FORBIDDEN');
      refused(await w.call(staff, 'stations', 'parcels', { stationId, status: 'expected' }), 'FORBIDDEN');
    }
    const elsewhere = await w.todayBooking('org');
    refused(await w.call(staff, 'stations', 'staffBooking', { id: elsewhere.id, action: 'complete' }), 'FORBIDDEN');
    refused(
      await w.call(staff, 'stations', 'syncVerifications', {
        stationId: org.station,
        items: [{ bookingId: elsewhere.id, code: elsewhere.code, at: new Date().toISOString(), via: 'typed' }],
      }),
      'FORBIDDEN',
    );
    // A certificate shown with a booking: masked on the board, and still nobody else's to read.
    const crew = w.person(null, 'z_seafarer');
    const cert = await w.certificate(crew);
    const booked = ok(await w.call(crew, 'stations', 'book', { ...w.bookInput(crew, 'own'), certificateIds: [cert] }));
    refused(await w.call(staff, 'stations', 'getBooking', { id: booked.id }), 'NOT_FOUND');
    const board = ok(await w.call(staff, 'stations', 'board', { stationId: own.station, date: booked.date }));
    const shown = board.slots
      .flatMap((s: { bookings: any[] }) => s.bookings)
      .find((b: { id: string }) => b.id === booked.id);
    const full = ok(await w.call(crew, 'certificates', 'get', { id: cert })).number;
    assert.ok(shown.certificates[0].number !== full && shown.certificates[0].number.includes('*'));
    for (const reader of [staff, own.sec, own.admin, org.admin])
      refused(await w.call(reader, 'certificates', 'get', { id: cert }), 'NOT_FOUND');
    refused(
      await w.call(staff, 'stations', 'book', { ...w.bookInput(staff, 'own'), certificateIds: [cert] }),
      'NOT_FOUND',
    );
    // A secretary edits neither another branch's brand nor another secretary's project, draft or published.
    refused(
      await w.call(own.sec, 'brands', 'saveBrand', {
        branchId: branch.branch,
        baseVersion: 0,
        content: brandContent(),
      }),
      'FORBIDDEN',
    );
    const theirs = ok(
      await w.call(sec, 'brands', 'createProject', { requestId: w.requestId(), content: projectOf(w) }),
    );
    refused(await w.call(own.sec, 'brands', 'projectDraft', { id: theirs.projectId }), 'NOT_FOUND');
    refused(
      await w.call(own.sec, 'brands', 'saveProject', { id: theirs.projectId, baseVersion: 1, content: projectOf(w) }),
      'NOT_FOUND',
    );
    ok(await w.call(own.admin, 'brands', 'publish', { kind: 'project', id: theirs.projectId, version: 1 }));
    refused(
      await w.call(own.sec, 'brands', 'saveProject', { id: theirs.projectId, baseVersion: 1, content: projectOf(w) }),
      'FORBIDDEN',
    );
    refused(
      await w.call(own.sec, 'brands', 'addProjectEntry', {
        projectId: theirs.projectId,
        requestId: w.requestId(),
        date: TODAY(),
        text: '冒名进展',
        images: [],
        stage: null,
        taskId: null,
        taskDone: false,
      }),
      'FORBIDDEN',
    );
  },

  async 'f: drafts (activities, brands, projects, alliances) are invisible to everyone but their editors'(w) {
    const { own, org } = w.unit;
    // An activity draft: not listed, not readable, not joinable, even in its own branch.
    const draft = w.activity('own', { status: 'draft', audience: 'public' });
    const open = ok(await w.call(own.member, 'volunteer', 'list', { filter: 'open' }));
    assert.ok(!open.items.some((a: { id: string }) => a.id === draft));
    for (const who of [own.member, 'z_crew', org.admin]) {
      refused(await w.call(who, 'volunteer', 'get', { id: draft }), 'NOT_FOUND');
      refused(await w.call(who, 'volunteer', 'signUp', { id: draft }), 'NOT_FOUND');
    }
    ok(await w.call(own.sec, 'volunteer', 'get', { id: draft }));
    // A brand never published (B's main brand): no page, no tile, no likes, no carousel.
    const saved = ok(
      await w.call(org.admin, 'brands', 'saveBrand', {
        branchId: null,
        baseVersion: w.version('brands', 'o-org_b'),
        content: brandContent({ name: '安庆港航草稿' }),
      }),
    );
    const brandId = saved.brand.id;
    for (const action of ['brand', 'view', 'like', 'share'] as const) {
      const data = action === 'brand' ? { id: brandId } : { kind: 'brand', id: brandId };
      refused(await w.call('z_crew', 'brands', action, data), 'NOT_FOUND');
    }
    assert.equal(ok(await w.call('z_crew', 'brands', 'matrix', { orgId: org.org })).main.brandId, null);
    refused(
      await w.call(org.admin, 'brands', 'saveCarousel', {
        baseVersion: w.version('brandCarousels', org.org),
        items: [{ kind: 'brand', id: brandId }],
      }),
      'INVALID_INPUT',
    );
    refused(await w.call(own.admin, 'brands', 'publish', { kind: 'brand', id: brandId, version: 1 }), 'NOT_FOUND');
    // A published brand's new draft stays unseen until the admin publishes it.
    const published = await w.brand('own');
    ok(
      await w.call(own.sec, 'brands', 'saveBrand', {
        branchId: own.branch,
        baseVersion: w.version('brands', published),
        content: brandContent({ name: '未发布的新名字', results: [] }),
      }),
    );
    assert.notEqual(ok(await w.call('z_crew', 'brands', 'brand', { id: published })).brand.name, '未发布的新名字');
    // A project draft: not on the showcase, not to another secretary, and a secretary cannot publish.
    const project = await w.draftProject('own');
    refused(await w.call(own.member, 'brands', 'project', { id: project }), 'NOT_FOUND');
    const list = ok(await w.call(own.member, 'brands', 'projects', { orgId: own.org }));
    assert.ok(!list.items.some((p: { id: string }) => p.id === project));
    refused(await w.call(w.unit.branch.sec, 'brands', 'projectDraft', { id: project }), 'NOT_FOUND');
    refused(
      await w.call(own.sec, 'brands', 'publish', {
        kind: 'project',
        id: project,
        version: w.version('brandProjects', project),
      }),
      'FORBIDDEN',
    );
    // An alliance draft: no page, not in the list, nobody posts to it.
    const alliance = await w.alliance('org_a', false);
    refused(await w.call(own.sec, 'brands', 'alliance', { id: alliance }), 'NOT_FOUND');
    assert.ok(
      !ok(await w.call(own.sec, 'brands', 'alliances', { orgId: own.org })).some(
        (a: { id: string }) => a.id === alliance,
      ),
    );
    refused(
      await w.call(own.sec, 'brands', 'postOffer', {
        allianceId: alliance,
        requestId: w.requestId(),
        kind: 'need',
        memberKey: 'm1',
        title: '需要场地',
        detail: '',
        category: 'venue',
        tags: [],
      }),
      'NOT_FOUND',
    );
  },

  async 'g: identity never comes from the payload or the event'(w) {
    const { own, org } = w.unit;
    // Event-level fields beside action and data change nothing: the context says who calls.
    const me = (await w.cloud.functions.invoke(
      'account',
      { action: 'whoami', data: {}, openid: org.admin, OPENID: org.admin, userInfo: { openId: org.admin } },
      { openid: 'z_crew', appid: 'wxtest' },
    )) as any;
    assert.equal(ok(me).profile.openid, 'z_crew');
    // Where the input names a person it is the target, checked against the caller: never the caller.
    refused(await w.call('z_member', 'points', 'ledger', { openid: org.member }), 'FORBIDDEN');
    refused(
      await w.call(own.sec, 'points', 'award', {
        requestId: w.requestId(),
        openid: own.sec,
        itemId: FREE_ITEM,
        date: TODAY(),
        reason: '自己',
      }),
      'FORBIDDEN',
    );
    refused(
      await w.call(own.admin, 'org', 'setRoles', { openid: own.admin, roles: [] }),
      'FORBIDDEN',
      /不能取消自己的管理员权限/,
    );
    // An action named after an Object.prototype member is no action.
    for (const action of ['__proto__', 'constructor', 'toString'])
      refused(await w.call('z_member', 'account', action, {}), 'UNKNOWN_ACTION');
    // Marking someone else's messages read is ignored, not done.
    const theirs = w.id('msg');
    w.insert('messages', {
      _id: theirs,
      openid: org.member,
      kind: 'points_awarded',
      title: 't',
      body: 'b',
      refId: 'x',
      read: false,
      createdAt: new Date(),
    });
    ok(await w.call('z_member', 'messages', 'markRead', { ids: [theirs] }));
    assert.equal(w.find('messages', { _id: theirs })[0]!.read, false);
  },

  async 'book, cancel and rebook: the daily limit and the three-cancel stop hold through the chain'(w) {
    const { own } = w.unit;
    // A service with one booking a person a day.
    const staff = staffOf(w, own.station);
    const slots = Array.from({ length: 7 }, (_v, weekday) => ({ weekday, start: '14:00', end: '15:00', capacity: 50 }));
    ok(
      await w.call(staff, 'stations', 'saveService', {
        stationId: own.station,
        serviceId: 'legal',
        hours: null,
        note: '',
        confirm: true,
        booking: { slots, perPersonPerDay: 1, cancelBeforeMinutes: 0, maxPeople: 5, daysAhead: 7, waitlist: false },
      }),
    );
    const days = ok(await w.call(staff, 'stations', 'slots', { stationId: own.station, serviceId: 'legal' }));
    const slotId = days.find((d: { date: string }) => d.date === addDays(chinaDate(new Date()), 2)).slots[0].id;
    const crew = w.person(null, 'z_booker');
    const book = () => w.call(crew, 'stations', 'book', w.slotInput(slotId));
    for (let round = 0; round < 3; round++) {
      const b = ok(await book());
      refused(await book(), 'CONFLICT', /每人每天最多预约该服务 1 次/);
      ok(await w.call(crew, 'stations', 'cancelBooking', { id: b.id }));
    }
    refused(await book(), 'CONFLICT', /今天已取消 3 次/);
  },

  async 'a demoted secretary or moved staff member loses access at once'(w) {
    const { own, branch } = w.unit;
    const sec = secretary(w);
    ok(await w.call(sec, 'org', 'listJoinRequests', { branchId: own.branch }));
    ok(await w.call(own.admin, 'org', 'setRoles', { openid: sec, roles: [] }));
    refused(await w.call(sec, 'org', 'listJoinRequests', { branchId: own.branch }), 'FORBIDDEN');
    refused(await w.call(sec, 'volunteer', 'save', draftInput()), 'FORBIDDEN');
    const staff = staffOf(w, own.station);
    ok(
      await w.call(own.admin, 'org', 'setRoles', {
        openid: staff,
        roles: ['station_staff'],
        stationId: branch.station,
      }),
    );
    refused(await w.call(staff, 'stations', 'board', { stationId: own.station, date: TODAY() }), 'FORBIDDEN');
    ok(await w.call(staff, 'stations', 'board', { stationId: branch.station, date: TODAY() }));
  },
};

/** Another secretary's project content, titled apart. */
function projectOf(w: World) {
  return { ...projectContent(), title: `另一位书记的项目${w.id('p').slice(-4)}` };
}
