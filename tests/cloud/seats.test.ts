// The seat pool's healing rules, one by one, on states a crash can leave (see core/seats/heal.ts),
// through the reconcile entry point the scheduled job will call.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { newEnrollment } from '../../cloud/core/volunteer/docs';
import { sdk, startTestCloud } from './helpers';
import { activityDoc, at, HOUR } from './volunteer-fixture';

describe('seat pools heal', () => {
  let cloud: LocalCloud;
  let reconcile: (now: Date) => Promise<{ activities: number; fixed: number; promoted: number }>;
  before(async () => {
    cloud = await startTestCloud();
    sdk(); // the SDK's local credentials, as the functions host sets them
    ({ reconcileActivities: reconcile } = await import('../../cloud/core/volunteer/reconcile'));
  });
  after(() => cloud.close());

  const key = (ms: number, n: number) => `${String(ms).padStart(15, '0')}-${String(n).padStart(9, '0')}-test00`;
  const record = (activityId: string, openid: string, status: string, n: number, arrived = Date.now()) => ({
    ...newEnrollment({ _id: activityId, startAt: at(HOUR), endAt: at(3 * HOUR) }, openid, key(arrived, n), new Date(arrived)),
    status,
  });
  const stateOf = (id: string) => {
    const a = cloud.db.find('activities', { _id: id })[0]!;
    const recs = cloud.db.find('enrollments', { activityId: id }, { sort: [['seqKey', 1]] });
    const by = (status: string) => recs.filter((r) => r['status'] === status).map((r) => r['openid']);
    return { holders: [...(a['holders'] as string[])].sort(), enrolled: a['enrolled'], remaining: a['remaining'], records: { enrolled: by('enrolled').sort(), waitlisted: by('waitlisted'), cancelled: by('cancelled').sort() } };
  };

  it('brings records and seats in step, fills free seats in arrival order, migrates pools without holders, drops stale no-line joins', async () => {
    // A: every kind of half-done step at once.
    cloud.db.insert('activities', [{ ...activityDoc('heal_a', { capacity: 5, remaining: 2, enrolled: 3, holders: ['got_seat', 'left', 'ghost'] }) }]);
    cloud.db.insert('enrollments', [
      record('heal_a', 'got_seat', 'waitlisted', 1), // took the seat, status change lost
      record('heal_a', 'left', 'cancelled', 2), // cancelled, seat not given back
      record('heal_a', 'no_seat', 'enrolled', 3), // enrolled without a seat
      record('heal_a', 'w2', 'waitlisted', 5),
      record('heal_a', 'w1', 'waitlisted', 4),
      record('heal_a', 'w3', 'waitlisted', 6),
    ]);
    // B: stored before holders existed; the counters say 2 of 2.
    const legacy: Record<string, unknown> = { ...activityDoc('heal_b', { capacity: 2, remaining: 0, enrolled: 2 }) };
    delete legacy['holders'];
    cloud.db.insert('activities', [legacy]);
    cloud.db.insert('enrollments', [record('heal_b', 'b1', 'enrolled', 1), record('heal_b', 'b2', 'enrolled', 2), record('heal_b', 'b3', 'waitlisted', 3)]);
    // C: no waitlist; one join stopped after its record long ago, one is under way now.
    cloud.db.insert('activities', [{ ...activityDoc('heal_c', { capacity: 1, remaining: 0, enrolled: 1, holders: ['c1'], waitlist: false }) }]);
    cloud.db.insert('enrollments', [record('heal_c', 'c1', 'enrolled', 1), record('heal_c', 'stale', 'waitlisted', 2, Date.now() - 10 * 60_000), record('heal_c', 'fresh', 'waitlisted', 3)]);

    const report = await reconcile(new Date());
    assert.ok(report.activities >= 3);

    assert.deepEqual(stateOf('heal_a'), {
      holders: ['got_seat', 'no_seat', 'w1', 'w2', 'w3'],
      enrolled: 5,
      remaining: 0,
      records: { enrolled: ['got_seat', 'no_seat', 'w1', 'w2', 'w3'], waitlisted: [], cancelled: ['left'] },
    });
    assert.deepEqual(stateOf('heal_b'), { holders: ['b1', 'b2'], enrolled: 2, remaining: 0, records: { enrolled: ['b1', 'b2'], waitlisted: ['b3'], cancelled: [] } });
    assert.deepEqual(stateOf('heal_c').records, { enrolled: ['c1'], waitlisted: ['fresh'], cancelled: ['stale'] });

    // Healing again changes nothing.
    const again = await reconcile(new Date());
    assert.deepEqual([again.fixed, again.promoted], [0, 0]);
  });

  it('promotes the line in arrival order, a seat at a time', async () => {
    cloud.db.insert('activities', [{ ...activityDoc('heal_d', { capacity: 2, remaining: 2, enrolled: 0, holders: [] }) }]);
    cloud.db.insert('enrollments', [record('heal_d', 'late', 'waitlisted', 9), record('heal_d', 'early', 'waitlisted', 1), record('heal_d', 'middle', 'waitlisted', 5)]);
    await reconcile(new Date());
    assert.deepEqual(stateOf('heal_d').records, { enrolled: ['early', 'middle'], waitlisted: ['late'], cancelled: [] });
  });
});
