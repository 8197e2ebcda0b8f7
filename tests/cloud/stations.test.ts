import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import type { LocalCloud } from '../../cloud/local/server';
import { callerCache, callMany, okData, refusedWith, ROOT, startTestCloud, userDoc } from './helpers';
import { verifyPass } from '../../contracts/stations-code';
import { chinaDate, addDays, openStatus } from '../../contracts/stations-hours';

EventEmitter.defaultMaxListeners = 1000;

describe('stations function (demo data)', () => {
  let cloud: LocalCloud;
  let as: ReturnType<typeof callerCache>;
  const st = async (openid: string, action: string, data?: unknown) => (await as(openid))('stations', action, data);
  const ok = okData;
  const refused = refusedWith;
  const today = () => chinaDate(Date.now());

  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions'), seedDemo: true });
    as = callerCache(cloud);
    cloud.db.insert('users', [
      userDoc('anqing_staff', '江小帆', ['crew', 'station_staff'], { orgId: 'org_anqing', stationId: 'st_anqing' }),
      userDoc('anqing_admin', '吴江', ['crew', 'org_admin'], { orgId: 'org_anqing' }),
    ]);
  });
  after(() => cloud.close());

  describe('finding', () => {
    it('nearby: by distance from a position, with what a list row shows', async () => {
      // On the water by 济宁港: 济舟港湾 first, then 梁山 (about 70 km), then further south.
      const rows = ok(await st('demo_crew', 'nearby', { lat: 35.39, lng: 116.6, limit: 5 }));
      assert.equal(rows[0].id, 'st_jizhou');
      assert.equal(rows[1].id, 'st_liangshan');
      for (let i = 1; i < rows.length; i++) assert.ok(rows[i].distanceKm >= rows[i - 1].distanceKm);
      const row = rows[0];
      assert.ok(row.distanceKm < 3);
      assert.match(row.statusLabel, /营业中|已关门|临时关闭/);
      assert.equal(row.phone.number, '0537-2345678');
      assert.ok(row.serviceIds.includes('cert_help'));
      assert.equal(row.waterway.name, '京杭运河');
      // The row carries its hours: the app recomputes the badge from them as time passes.
      for (const r of rows) assert.equal(openStatus(r.schedule, Date.now()).state, r.status.state);
    });

    it('nearby by service, and open now leaves out the temporarily closed', async () => {
      const boats = ok(await st('demo_crew', 'nearby', { lat: 30.0, lng: 116.5, serviceId: 'free_boat', limit: 5 }));
      assert.deepEqual(
        boats.map((r: { id: string }) => r.id),
        ['st_demo_jiujiang', 'st_anqing'],
      );
      const open = ok(await st('demo_crew', 'nearby', { lat: 30.0, lng: 116.5, serviceId: 'free_boat', openNow: true, limit: 5 }));
      assert.deepEqual(open.map((r: { id: string }) => r.id), ['st_anqing']); // 九江: 大风停航
      assert.equal(boats[0].status.state, 'temp_closed');
      assert.match(boats[0].statusLabel, /临时关闭：大风停航 · 预计明天 08:00 恢复/);
      assert.equal(openStatus(boats[0].schedule, Date.now()).state, 'temp_closed');
      // Once the closure is over, the stored row says so by itself.
      const later = Date.parse(boats[0].schedule.closure.until) + 60_000;
      assert.equal(openStatus(boats[0].schedule, later).state, 'open');
    });

    it('open now: the station decides, not the copy of its hours on the search rows', async () => {
      const ask = { lat: 30.0, lng: 116.5, serviceId: 'free_boat', openNow: true, limit: 5 };
      assert.deepEqual(ok(await st('demo_crew', 'nearby', ask)).map((r: { id: string }) => r.id), ['st_anqing']);
      // Closed behind the rows' back (as a crash between the write and the reindex would leave it).
      const [before] = cloud.db.find('stations', { _id: 'st_anqing' });
      const closure = { reason: '检修', since: new Date(Date.now() - 60_000).toISOString(), until: new Date(Date.now() + 3_600_000).toISOString() };
      cloud.db.modify('stations', { _id: 'st_anqing' }, { $set: { closure } }, { multi: false, merge: true, upsert: false });
      try {
        assert.deepEqual(ok(await st('demo_crew', 'nearby', ask)), []);
        const all = ok(await st('demo_crew', 'nearby', { ...ask, openNow: false }));
        assert.equal(all.find((r: { id: string }) => r.id === 'st_anqing').status.state, 'temp_closed');
      } finally {
        cloud.db.modify('stations', { _id: 'st_anqing' }, { $set: { closure: before!['closure'] ?? null } }, { multi: false, merge: true, upsert: false });
      }
    });

    it('rows written before they carried the schedule give the same answers, open now included', async () => {
      const asks = [
        { lat: 30.0, lng: 116.5, openNow: true, limit: 5 },
        { lat: 30.0, lng: 116.5, serviceId: 'free_boat', openNow: true, limit: 5 },
        { lat: 35.39, lng: 116.6, openNow: true, limit: 20 },
        { lat: 31.5, lng: 118.0, limit: 3 },
      ];
      const ids = async () => Promise.all(asks.map(async (a) => ok(await st('demo_crew', 'nearby', a)).map((r: { id: string }) => r.id)));
      const withSchedule = await ids();
      assert.ok(withSchedule.every((list) => list.length > 0));
      const rows = cloud.db.find('stationIndex', {});
      cloud.db.modify('stationIndex', {}, { $unset: { schedule: '' } }, { multi: true, merge: true, upsert: false });
      try {
        assert.equal(cloud.db.find('stationIndex', { schedule: { $exists: true } }).length, 0);
        assert.deepEqual(await ids(), withSchedule);
      } finally {
        cloud.db.remove('stationIndex', {}, { multi: true });
        cloud.db.insert('stationIndex', rows);
      }
    });

    it('the waterway view: stations ahead by km with the time to reach each', async () => {
      const up = ok(await st('demo_crew', 'ahead', { waterwayId: 'changjiang', direction: 'up', km: 400, speedKmh: 15 }));
      assert.deepEqual(
        up.map((r: { id: string }) => r.id),
        ['st_demo_wuhu', 'st_anqing', 'st_demo_jiujiang', 'st_demo_wuhan'],
      );
      assert.equal(up[0].kmAway, 40);
      assert.equal(up[0].etaMinutes, 160);
      const down = ok(await st('demo_crew', 'ahead', { waterwayId: 'changjiang', direction: 'down', km: 700, speedKmh: 20, serviceId: 'cert_help' }));
      assert.deepEqual(down.map((r: { id: string }) => r.id), ['st_anqing', 'st_demo_nanjing']);
      assert.equal(down[0].etaMinutes, Math.round((54 / 20) * 60));
      assert.ok(down[0].statusOnArrivalLabel.length > 0);
    });

    it('list by waterway in name order, search by name, resolve a poster scene', async () => {
      const list = ok(await st('demo_crew', 'list', { waterwayId: 'jinghang' }));
      const names = list.items.map((r: { name: string }) => r.name);
      assert.deepEqual(names, [...names].sort());
      assert.ok(list.items.every((r: { waterway: { id: string } }) => r.waterway.id === 'jinghang'));
      const found = ok(await st('demo_crew', 'search', { q: '中长燃' }));
      assert.deepEqual(found.map((r: { id: string }) => r.id), ['st_anqing']);
      assert.deepEqual(ok(await st('demo_crew', 'search', { q: '济舟港湾' })).map((r: { id: string }) => r.id), ['st_jizhou']);
      refused(await st('demo_crew', 'search', { q: '济' }), 'INVALID_INPUT', /至少输入 2 个字/);
      const byScene = ok(await st('demo_crew', 'resolveScene', { scene: 's=jzgw26' }));
      assert.equal(byScene.id, 'st_jizhou');
      refused(await st('demo_crew', 'resolveScene', { scene: 's=zzzzzz' }), 'NOT_FOUND');
    });

    it('the station page in one call, and the poster', async () => {
      const page = ok(await st('demo_crew', 'get', { stationId: 'st_jizhou' }));
      assert.equal(page.hours.length, 7);
      assert.ok(page.services.find((s: { serviceId: string }) => s.serviceId === 'cert_help').confirmedOn);
      assert.ok(page.parcel.address.includes('济宁港区'));
      assert.equal(page.canManage, false);
      assert.ok(page.activities.some((a: { title: string }) => /夏送清凉|冬送温暖|船员服务日/.test(a.title)));
      assert.equal(page.exceptions[0].date, addDays(today(), 3));
      assert.equal(ok(await st('demo_staff', 'get', { stationId: 'st_jizhou' })).canManage, true);
      const poster = ok(await st('demo_staff', 'poster', { stationId: 'st_jizhou' }));
      assert.equal(poster.scene, 's=jzgw26');
      assert.equal(poster.page, 'packages/stations/pages/station/index');
      assert.ok(Buffer.from(poster.base64, 'base64').subarray(0, 3).toString() === 'GIF');
      const lines = ok(await st('demo_crew', 'hotlines', { lat: 35.4, lng: 116.59 }));
      assert.equal(lines.lines[0].number, '12395');
      assert.ok(lines.lines.some((l: { stationId: string }) => l.stationId === 'st_jizhou'));
      assert.ok(lines.whatToSay.map((w: { label: string }) => w.label).includes('船上人数'));
    });
  });

  describe('staff scope', () => {
    it('staff of one station cannot read or touch another station', async () => {
      const day = today();
      ok(await st('demo_staff', 'board', { stationId: 'st_jizhou', date: day }));
      refused(await st('demo_staff', 'board', { stationId: 'st_anqing', date: day }), 'FORBIDDEN');
      refused(await st('anqing_staff', 'board', { stationId: 'st_jizhou', date: day }), 'FORBIDDEN');
      refused(await st('demo_staff', 'setClosure', { stationId: 'st_anqing', closure: { reason: '大风停航', until: new Date(Date.now() + 3600_000).toISOString() } }), 'FORBIDDEN');
      refused(await st('demo_staff', 'staffBooking', { id: 'bk_demo_ship', action: 'confirm' }), 'FORBIDDEN');
      refused(await st('demo_staff', 'exportBookings', { stationId: 'st_anqing', period: day.slice(0, 7) }), 'FORBIDDEN');
      refused(await st('demo_crew', 'board', { stationId: 'st_jizhou', date: day }), 'FORBIDDEN');
      // An org admin runs their own org's stations only.
      ok(await st('demo_admin', 'board', { stationId: 'st_liangshan', date: day }));
      refused(await st('demo_admin', 'board', { stationId: 'st_anqing', date: day }), 'FORBIDDEN');
      refused(await st('anqing_admin', 'edit', { stationId: 'st_jizhou' }), 'INVALID_INPUT'); // incomplete input never reaches the scope check
      const mine = ok(await st('demo_staff', 'myStations', {}));
      assert.deepEqual(mine.map((s: { id: string }) => s.id), ['st_jizhou']);
    });

    it('a temporary closure posted by staff shows until it ends; bad input changes nothing', async () => {
      const until = new Date(Date.now() + 2 * 3600_000).toISOString();
      const closed = ok(await st('demo_staff', 'setClosure', { stationId: 'st_jizhou', closure: { reason: '大风停航', until } }));
      assert.equal(closed.status.state, 'temp_closed');
      const before = cloud.db.find('stations', { _id: 'st_jizhou' })[0];
      refused(await st('demo_staff', 'setHours', { stationId: 'st_jizhou', hours: [[{ open: '25:00', close: '08:00' }]], exceptions: [] }), 'INVALID_INPUT', /时间格式应为 HH:MM|周一到周日/);
      refused(await st('demo_staff', 'setClosure', { stationId: 'st_jizhou', closure: { reason: '大风\u202e停航', until } }), 'INVALID_INPUT', /不可见字符/);
      assert.deepEqual(cloud.db.find('stations', { _id: 'st_jizhou' })[0], before);
      const reopened = ok(await st('demo_staff', 'setClosure', { stationId: 'st_jizhou', closure: null }));
      assert.notEqual(reopened.status.state, 'temp_closed');
    });

    it('the org admin creates a station (once per request id), finds crew by name and makes one staff', async () => {
      const input = {
        requestId: 'create-station-0001',
        name: '微山湖船员驿站',
        kind: 'crew_station',
        address: '山东省济宁市微山县 南阳镇',
        port: '微山港',
        location: { lat: 34.93, lng: 116.92 },
        waterway: { id: 'jinghang', km: 820 },
        arrival: { mooring: '南阳码头', shuttle: '', note: '' },
        phones: [{ label: '值班', number: '0537-8201234' }],
        photos: [],
        parcel: null,
      };
      const made = ok(await st('demo_admin', 'create', input));
      const again = ok(await st('demo_admin', 'create', input));
      assert.equal(again.id, made.id);
      refused(await st('demo_staff', 'create', { ...input, requestId: 'create-station-0002' }), 'FORBIDDEN');
      const found = ok(await st('demo_crew', 'search', { q: '微山湖' }));
      assert.deepEqual(found.map((r: { id: string }) => r.id), [made.id]);
      const people = ok(await st('demo_admin', 'searchPeople', { q: '张' }));
      const crew = people.items.find((p: { name: string }) => p.name === '张海生');
      assert.equal(crew.phone, '139****0001');
      refused(await st('demo_staff', 'searchPeople', { q: '张' }), 'FORBIDDEN');
      const setRoles = await (await as('demo_admin'))('org', 'setRoles', { openid: 'demo_applicant', roles: ['station_staff'], stationId: made.id });
      ok(setRoles);
      const staff = ok(await st('demo_admin', 'staffOf', { stationId: made.id }));
      assert.deepEqual(staff.map((p: { name: string }) => p.name), ['周航']);
    });
  });

  describe('booking', () => {
    const tomorrowSlot = () => {
      let d = addDays(today(), 1);
      while ([0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) d = addDays(d, 1);
      return d;
    };
    const bookInput = (slotId: string, requestId: string, over: Record<string, unknown> = {}) => ({
      requestId,
      slotId,
      people: 1,
      ship: null,
      eta: null,
      phone: '13900000001',
      note: '',
      reminder: true,
      ...over,
    });

    it('the last seat of a slot to 50 at once: exactly one gets it, the rest wait in order and are promoted in order', async () => {
      const days = ok(await st('demo_crew', 'slots', { stationId: 'st_liangshan', serviceId: 'health' }));
      const slot = days.flatMap((d: { slots: unknown[] }) => d.slots).find((s: { state: string }) => s.state === 'open');
      const id = slot.id as string;
      // Fill all seats but one.
      for (let i = 0; i < slot.capacity - 1; i++) ok(await st(`fill_${i}`, 'book', bookInput(id, `fill-request-${i}`)));
      const people = Array.from({ length: 50 }, (_v, i) => `burst_${i}`);
      const { bodies } = await callMany(cloud, people, 'stations', 'book', bookInput(id, 'burst-request-1'), 50);
      const booked = bodies.filter((b) => b.ok && b.data.status === 'booked');
      const waiting = bodies.filter((b) => b.ok && b.data.status === 'waitlisted');
      assert.equal(booked.length, 1);
      assert.equal(waiting.length, 49);
      const doc = cloud.db.find('stationSlots', { _id: id })[0]!;
      assert.equal(doc['remaining'], 0);
      assert.equal((doc['holders'] as unknown[]).length, slot.capacity);
      const positions = waiting.map((b) => b.data.waitlistPosition).sort((a: number, b: number) => a - b);
      assert.deepEqual(positions, Array.from({ length: 49 }, (_v, i) => i + 1));
      // Cancelling frees the seat for the head of the line, and the next, in order.
      const queue = (doc['queue'] as Array<{ id: string }>).map((q) => q.id);
      ok(await st('fill_0', 'cancelBooking', { id: (cloud.db.find('stationSlots', { _id: id })[0]!['holders'] as Array<{ id: string }>)[0]!.id }));
      const winner = bodies.find((b) => b.ok && b.data.id === queue[0]);
      const mineNow = ok(await st(people[bodies.indexOf(winner)]!, 'getBooking', { id: queue[0] }));
      assert.equal(mineNow.status, 'booked');
      assert.ok(mineNow.qr);
      const second = ok(await st(people[bodies.findIndex((b) => b.ok && b.data.id === queue[1])]!, 'getBooking', { id: queue[1] }));
      assert.equal(second.waitlistPosition, 1);
      const messages = cloud.db.find('messages', { refId: queue[0] });
      assert.equal(messages.length, 1);
      assert.equal(messages[0]!['kind'], 'booking_promoted');
    });

    it('the same request books once; the per-person limit holds through cancel/rebook chains and concurrent tries', async () => {
      const days = ok(await st('demo_crew', 'slots', { stationId: 'st_jizhou', serviceId: 'cert_help' }));
      const day = tomorrowSlot();
      const slots = days.find((d: { date: string }) => d.date === day).slots;
      const a = ok(await st('chain_user', 'book', bookInput(slots[1].id, 'chain-request-01')));
      const again = ok(await st('chain_user', 'book', bookInput(slots[1].id, 'chain-request-01')));
      assert.equal(again.id, a.id);
      assert.equal(a.code.length, 6);
      // Two at once for other slots of the same day: the limit (1 a day) refuses both.
      const two = await Promise.all([
        st('chain_user', 'book', bookInput(slots[2].id, 'chain-request-02')),
        st('chain_user', 'book', bookInput(slots[3].id, 'chain-request-03')),
      ]);
      assert.equal(two.filter((b) => b.ok).length, 0);
      refused(two[0], 'CONFLICT', /每人每天最多预约该服务 1 次/);
      // Cancel, rebook, cancel …: never two at once, and after 3 cancels no more that day.
      let current = a;
      for (let i = 0; i < 3; i++) {
        ok(await st('chain_user', 'cancelBooking', { id: current.id }));
        const r = await st('chain_user', 'book', bookInput(slots[(i % 3) + 1].id, `chain-rebook-${i}`));
        if (i < 2) current = ok(r);
        else refused(r, 'CONFLICT', /今天已取消 3 次/);
      }
      const held = cloud.db.find('bookings', { openid: 'chain_user', status: { $in: ['booked', 'waitlisted'] } });
      assert.equal(held.length, 0);
      // Cancelling again (the app's outbox resending a cancellation whose answer was lost) answers alike, changing nothing.
      const twice = ok(await st('chain_user', 'cancelBooking', { id: current.id }));
      assert.equal(twice.status, 'cancelled');
      assert.equal(cloud.db.find('bookingQuotas', { held: current.id }).length, 0);
      refused(await st('other_user', 'cancelBooking', { id: a.id }), 'NOT_FOUND');
    });

    it('bad booking input gets a Chinese error and writes nothing', async () => {
      const days = ok(await st('demo_crew', 'slots', { stationId: 'st_anqing', serviceId: 'free_boat' }));
      const slot = days.flatMap((d: { slots: Array<{ state: string }> }) => d.slots).find((s: { state: string }) => s.state === 'open');
      const count = () => cloud.db.find('bookings', {}).length;
      const n = count();
      refused(await st('demo_crew', 'book', bookInput(slot.id, 'bad-0001', { ship: { name: '皖安庆货', mmsi: '12345' } })), 'INVALID_INPUT', /MMSI 为 9 位数字/);
      refused(await st('demo_crew', 'book', bookInput(slot.id, 'bad-0002', { people: 9 })), 'INVALID_INPUT', /最多 8 人/);
      refused(await st('demo_crew', 'book', bookInput(slot.id, 'bad-0003', { phone: '123' })), 'INVALID_INPUT', /11 位手机号/);
      refused(await st('demo_crew', 'book', bookInput(slot.id, 'bad-0004', { certificateIds: ['nope'] })), 'NOT_FOUND', /所选证书不存在/);
      assert.equal(count(), n);
      const ship = ok(
        await st('demo_crew', 'book', bookInput(slot.id, 'ship-0001', { people: 3, ship: { name: '皖安庆货1699', mmsi: '413899999' }, certificateIds: ['cert_demo_passport'] })),
      );
      assert.equal(ship.people, 3);
      refused(await st('other_user', 'book', bookInput(slot.id, 'steal-0001', { certificateIds: ['cert_demo_passport'] })), 'NOT_FOUND', /所选证书不存在/);
    });

    it('codes: verified once online; a forged QR, another station’s QR and a reused code are refused; reuse is reported', async () => {
      const board = ok(await st('demo_staff', 'board', { stationId: 'st_jizhou', date: tomorrowSlot() }));
      const mine = ok(await st('demo_crew', 'myBookings', { when: 'upcoming' }));
      const cert = mine.items.find((b: { id: string }) => b.id === 'bk_demo_crew_cert');
      assert.ok(cert.qr.startsWith('RSB1.'));
      // The staff device's check (the same function the app uses) agrees with the server's key.
      const check = verifyPass(cert.qr, board.publicKey, { stationId: 'st_jizhou', date: cert.date });
      assert.equal(check.ok, true);
      assert.equal(check.ok && check.pass.c, cert.code);
      const forged = cert.qr.replace(/\.([^.]+)\.([^.]+)$/, (_m: string, p: string, s: string) => `.${p.slice(0, -2)}AA.${s}`);
      assert.equal(verifyPass(forged, board.publicKey, { stationId: 'st_jizhou', date: cert.date }).ok, false);
      assert.equal(verifyPass(cert.qr, board.publicKey, { stationId: 'st_anqing', date: cert.date }).ok, false);
      const boardBooking = board.slots.flatMap((s: { bookings: unknown[] }) => s.bookings).find((b: { id: string }) => b.id === 'bk_demo_crew_cert');
      assert.equal(boardBooking.certificates[0].number, 'E358****6194');
      assert.ok(board.codes.some((c: { code: string }) => c.code === cert.code));

      // Online verification only accepts today's codes: make today's booking at 济舟港湾 by SQL-free means.
      cloud.db.modify('bookings', { _id: 'bk_demo_crew_cert' }, { $set: { date: today() } }, { multi: false, merge: true, upsert: false });
      const qrToday = ok(await st('demo_crew', 'getBooking', { id: 'bk_demo_crew_cert' })).qr;
      const r1 = ok(await st('demo_staff', 'verify', { stationId: 'st_jizhou', qr: qrToday }));
      assert.equal(r1.outcome, 'verified');
      const r2 = ok(await st('demo_staff', 'verify', { stationId: 'st_jizhou', qr: qrToday }));
      assert.equal(r2.outcome, 'already_used');
      assert.match(r2.message, /已于 .* 核销，本次为重复使用，已记录/);
      assert.equal(r2.booking.reuses, 1);
      const r3 = ok(await st('demo_staff', 'verify', { stationId: 'st_jizhou', qr: forged }));
      assert.equal(r3.outcome, 'invalid');
      const r4 = ok(await st('anqing_staff', 'verify', { stationId: 'st_anqing', qr: qrToday }));
      assert.equal(r4.outcome, 'invalid');
      assert.match(r4.message, /其他驿站/);
    });

    it('guessing typed codes is rate limited', async () => {
      for (let i = 0; i < 10; i++) {
        const r = ok(await st('demo_admin', 'verify', { stationId: 'st_liangshan', code: `ZZZZ${'AB'[i % 2]}${(i % 8) + 2}` }));
        assert.equal(r.outcome, 'not_found');
      }
      refused(await st('demo_admin', 'verify', { stationId: 'st_liangshan', code: 'ZZZZZ2' }), 'RATE_LIMITED', /预约码核对失败次数过多/);
      // Another staff member, or the same at another station, is counted apart.
      assert.equal(ok(await st('demo_admin', 'verify', { stationId: 'st_jizhou', code: 'ZZZZZ2' })).outcome, 'not_found');
    });

    it('offline verifications sync later: recorded once, a second use on another device reported', async () => {
      const days = ok(await st('demo_crew', 'slots', { stationId: 'st_anqing', serviceId: 'free_boat' }));
      const slot = days.flatMap((d: { slots: Array<{ state: string }> }) => d.slots).find((s: { state: string }) => s.state === 'open');
      const b = ok(await st('sync_user', 'book', bookInput(slot.id, 'sync-request-1')));
      const items = [{ bookingId: b.id, code: b.code, at: new Date(Date.now() - 60_000).toISOString(), via: 'scan' }];
      const first = ok(await st('anqing_staff', 'syncVerifications', { stationId: 'st_anqing', items }));
      assert.equal(first[0].outcome, 'verified');
      const second = ok(await st('anqing_admin', 'syncVerifications', { stationId: 'st_anqing', items: [{ ...items[0], via: 'typed' }] }));
      assert.equal(second[0].outcome, 'already_used');
      const wrong = ok(await st('anqing_staff', 'syncVerifications', { stationId: 'st_anqing', items: [{ ...items[0], code: 'AAAAAA' }] }));
      assert.equal(wrong[0].outcome, 'not_found');
      refused(await st('demo_staff', 'syncVerifications', { stationId: 'st_anqing', items }), 'FORBIDDEN');
      const stored = cloud.db.find('bookings', { _id: b.id })[0]!;
      assert.equal(stored['status'], 'completed');
      assert.equal(stored['usedVia'], 'offline_scan');
      assert.equal(stored['reuses'], 1);
    });

    it('parcels: crew expect one, staff mark it arrived, the crew member gets a message', async () => {
      const p = ok(await st('demo_crew', 'expectParcel', { stationId: 'st_jizhou', requestId: 'parcel-0001', note: '一箱书' }));
      assert.equal(p.phoneTail, '0001');
      refused(await st('anqing_staff', 'markParcel', { id: p.id, action: 'arrived' }), 'FORBIDDEN');
      ok(await st('demo_staff', 'markParcel', { id: p.id, action: 'arrived' }));
      const msgs = cloud.db.find('messages', { openid: 'demo_crew', kind: 'parcel_arrived' });
      assert.equal(msgs.length, 1);
      refused(await st('demo_staff', 'markParcel', { id: p.id, action: 'arrived' }), 'CONFLICT');
      ok(await st('demo_staff', 'markParcel', { id: p.id, action: 'picked_up' }));
    });

    it('staff export a month as .xlsx and post notices', async () => {
      const x = ok(await st('anqing_staff', 'exportBookings', { stationId: 'st_anqing', period: today().slice(0, 7) }));
      assert.match(x.fileName, /\.xlsx$/);
      assert.equal(Buffer.from(x.base64, 'base64').subarray(0, 2).toString(), 'PK');
      const n = ok(await st('demo_staff', 'postNotice', { stationId: 'st_jizhou', requestId: 'notice-0001', title: '端午节开放时间', body: '端午节当天 09:00-12:00 开放。' }));
      const again = ok(await st('demo_staff', 'postNotice', { stationId: 'st_jizhou', requestId: 'notice-0001', title: '端午节开放时间', body: '端午节当天 09:00-12:00 开放。' }));
      assert.equal(again.id, n.id);
      const page = ok(await st('demo_crew', 'get', { stationId: 'st_jizhou' }));
      assert.equal(page.notices.filter((x: { id: string }) => x.id === n.id).length, 1);
    });
  });
});
