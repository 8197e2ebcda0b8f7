// kill -9 the local cloud in the middle of a booking burst, start it again on the same data, let the
// clients retry with the same request ids (as the app's outbox does), and check that every slot's
// seats match its bookings: remaining + taken == capacity, taken == people of the holders, and the
// bookings marked booked are exactly the holders.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { apiAs, killDuring, startCloudProcess, stopCloudProcess } from './crash';
import { tempDir } from './helpers';

EventEmitter.defaultMaxListeners = 1000;

describe('stations: kill -9 mid-burst', () => {
  it('leaves seats == bookings, and retries finish what was cut off', { timeout: 120_000 }, async () => {
    const dir = tempDir('redsail-stations-crash-');
    let proc = await startCloudProcess(dir, ['--seed']);
    const api = () => apiAs(proc, dir);
    const slots = (await api()('demo_crew', 'stations', 'slots', { stationId: 'st_anqing', serviceId: 'free_boat' })).data;
    const slot = slots.flatMap((d: { slots: Array<{ id: string; state: string }> }) => d.slots).find((s: { state: string }) => s.state === 'open');
    assert.ok(slot, 'an open slot');
    const people = Array.from({ length: 60 }, (_v, i) => `crash_${i}`);
    const input = (i: number) => ({ requestId: `crash-req-${i}`, slotId: slot.id, people: (i % 3) + 1, ship: null, eta: null, phone: '13900000001', note: '', reminder: false });
    const burst = () => Promise.all(people.map((p, i) => api()(p, 'stations', 'book', input(i)).catch(() => null)));

    proc = await killDuring(proc, dir, burst, 250);
    // The outbox resends every request after the restart.
    const retried = await Promise.all(people.map((p, i) => api()(p, 'stations', 'book', input(i))));
    for (const r of retried) assert.ok(r.ok || /约满/.test(r.message), JSON.stringify(r));
    const check = await api()('crash_0', 'stations', 'myBookings', { when: 'upcoming' });
    assert.ok(check.ok);

    await stopCloudProcess(proc);
    const again = await startCloudProcess(dir);
    try {
      const { setLocalSdkCredentials } = await import('../../cloud/local/host/sdk-env');
      setLocalSdkCredentials();
      process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: again.adminUrl });
      const cloud = require('wx-server-sdk');
      cloud.init({ env: 'local' });
      const db = cloud.database();
      const doc = (await db.collection('stationSlots').where({ _id: slot.id }).get()).data[0];
      const bookings = (await db.collection('bookings').where({ stationId: 'st_anqing', date: doc.date }).limit(1000).get()).data as Array<{
        _id: string;
        slotId: string;
        status: string;
        people: number;
      }>;
      const mine = bookings.filter((b) => b.slotId === slot.id);
      const holders = doc.holders as Array<{ id: string; n: number }>;
      const taken = holders.reduce((n, h) => n + h.n, 0);
      assert.equal(doc.remaining + doc.taken, doc.capacity, 'remaining + taken == capacity');
      assert.equal(doc.taken, taken, 'taken == people of the holders');
      assert.ok(taken <= doc.capacity, 'never overfilled');
      assert.equal(new Set(holders.map((h) => h.id)).size, holders.length, 'no holder twice');
      const booked = mine.filter((b) => b.status === 'booked').map((b) => b._id).sort();
      assert.deepEqual(booked, holders.map((h) => h.id).sort(), 'bookings marked booked == holders');
      assert.equal(mine.filter((b) => b.status === 'booked').reduce((n, b) => n + b.people, 0), taken);
      const queued = (doc.queue as Array<{ id: string }>).map((q) => q.id).sort();
      assert.deepEqual(mine.filter((b) => b.status === 'waitlisted').map((b) => b._id).sort(), queued, 'waitlisted == queue');
      assert.equal(doc.queued, queued.length);
    } finally {
      await stopCloudProcess(again);
    }
  });
});
