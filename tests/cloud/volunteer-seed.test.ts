import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Database } from '../../cloud/local/store/database';
import { seedDemo } from '../../cloud/local/seed/seed';
import { seedVolunteerDemo } from '../../cloud/local/seed/volunteer-demo';

describe('volunteer demo seed', () => {
  it('writes the demo activities once, the finished 义诊 credited consistently with the ledger', () => {
    const db = Database.open();
    assert.deepEqual(seedDemo(db), { seeded: true }); // the whole demo seed writes the activities too
    assert.deepEqual(seedVolunteerDemo(db), { seeded: false });
    assert.deepEqual(seedDemo(db), { seeded: false });
    const activities = db.find('activities', { orgId: 'org_jining' });
    assert.equal(activities.length, 5);
    assert.deepEqual(activities.map((a) => a['status']).sort(), ['draft', 'finished', 'published', 'published', 'published']);
    const school = activities.find((a) => a['_id'] === 'act_demo_school')!;
    assert.deepEqual([school['audience'], school['capacity'], school['waitlist'], school['branchName']], ['members', 10, true, '机关第一党支部']);
    const attended = db.find('enrollments', { activityId: 'act_demo_clinic', openid: 'demo_member_a' })[0]!;
    assert.equal(attended['hours'], 3);
    const ledger = db.find('pointLedger', { openid: 'demo_member_a' });
    const credited = ledger.filter((e) => e['_id'] === 'act_act_demo_clinic_demo_member_a');
    assert.equal(credited.length, attended['points'] === null ? 0 : 1);
    for (const t of db.find('pointTotals', { openid: 'demo_member_a', year: { $exists: true } })) {
      const sum = ledger.filter((e) => e['year'] === t['year']).reduce((s, e) => s + (e['points'] as number), 0);
      assert.equal(t['total'], sum);
    }
  });
});
