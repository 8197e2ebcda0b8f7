import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Database } from '../../cloud/local/store/database';
import { seedDemo } from '../../cloud/local/seed/seed';
import { crewCare, seedVolunteerDemo } from '../../cloud/local/seed/volunteer-demo';

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

describe('demo data that reads true', () => {
  it('holds the crew-care day in its season: 夏送清凉 in summer only', () => {
    const at = (iso: string) => crewCare(new Date(iso)).title;
    assert.match(at('2026-07-15T09:00:00+08:00'), /夏送清凉/);
    assert.match(at('2026-12-04T09:00:00+08:00'), /冬送温暖/);
    assert.match(at('2026-01-20T09:00:00+08:00'), /冬送温暖/);
    assert.doesNotMatch(at('2026-10-12T09:00:00+08:00'), /夏送清凉|冬送温暖/);
    // China time decides the month: 31 May 23:30 UTC is 1 June in 济宁.
    assert.match(at('2026-05-31T23:30:00Z'), /夏送清凉/);
  });

  it('decides every claim after it was filed, holds 主题党日 on working days with their month’s theme, and the join request is days old', () => {
    const db = Database.open();
    seedDemo(db);
    const now = Date.now();
    const claims = db.find('pointClaims', { orgId: 'org_jining' });
    assert.ok(claims.length > 10);
    for (const c of claims) {
      assert.ok((c['createdAt'] as Date).getTime() <= now, `${c['_id']} filed in the future`);
      if (c['status'] === 'pending') continue;
      assert.ok((c['decidedAt'] as Date).getTime() > (c['createdAt'] as Date).getTime(), `${c['_id']} decided before it was filed`);
      assert.ok((c['decidedAt'] as Date).getTime() <= now, `${c['_id']} decided in the future`);
    }
    const partyDays = db.find('pointLedger', { itemId: 'org_party_day' });
    assert.ok(partyDays.length >= 5);
    const THEME_MONTH: Array<[RegExp, number]> = [[/红色七月/, 7], [/清明/, 4], [/国庆/, 10], [/新春/, 1]];
    for (const e of partyDays) {
      const date = e['date'] as string;
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      assert.ok(weekday >= 1 && weekday <= 5, `主题党日 on ${date}, a weekend`);
      for (const [theme, month] of THEME_MONTH) {
        if (theme.test(e['reason'] as string)) assert.equal(Number(date.slice(5, 7)), month, `${e['reason']} on ${date}`);
      }
    }
    const request = db.find('joinRequests', { _id: 'jr_demo_applicant' })[0]!;
    const days = (now - (request['createdAt'] as Date).getTime()) / 86_400_000;
    assert.ok(days >= 1 && days <= 7, `the join request is ${days.toFixed(1)} days old`);
  });
});
