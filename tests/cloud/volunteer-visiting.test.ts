// 流动党员: party members of another organisation attending an activity held at a crew station get
// its points in their own branch's ledger, as their own organisation's standard values the item.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import type { ActivityDoc } from '../../cloud/core/volunteer/docs';
import { defaultStandard } from '../../cloud/core/points/default-standard';
import { callerCache, okData, ROOT, seedOrgFixture, startTestCloud, userDoc } from './helpers';
import { activityDoc, at, HOUR, isoAt } from './volunteer-fixture';

describe('流动党员 at a crew station', () => {
  let cloud: LocalCloud;
  let as: ReturnType<typeof callerCache>;
  let seq = 0;
  const v = async (openid: string, action: string, data?: unknown) => (await as(openid))('volunteer', action, data);
  const ledgerOf = (id: string, openid: string) => cloud.db.find('pointLedger', { _id: `act_${id}_${openid}` });

  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    seedOrgFixture(cloud.db);
    as = callerCache(cloud);
    cloud.db.insert('users', [
      userDoc('visit_b1', '方舟', ['crew', 'member'], { orgId: 'org_b', branchId: 'br_b1' }),
      userDoc('visit_a1', '孔繁星', ['crew', 'member'], { orgId: 'org_a', branchId: 'br_a1' }),
      userDoc('visit_crew', '马长江', ['crew']),
    ]);
    // org_b values 志愿服务 at 4 points, at most 4 a month.
    const std = defaultStandard('org_b');
    const items = std.items.map((i) => (i.id === 'volunteer_service' ? { ...i, points: 4, caps: { month: 4 } } : i));
    cloud.db.insert('pointStandards', [{ _id: 'org_b', orgId: 'org_b', version: 1, categories: std.categories, items, stars: std.stars, updatedAt: new Date(), updatedBy: 'admin_b' }]);
  });
  after(() => cloud.close());

  /** org_a's public activity that ran 3 h to 1 h ago, everyone present for 2 h. */
  async function ran(over: Partial<ActivityDoc>): Promise<string> {
    const id = `visit${++seq}`;
    cloud.db.insert('activities', [{ ...activityDoc(id, { startAt: at(-3 * HOUR), endAt: at(-HOUR), signupDeadline: at(HOUR), cancelDeadline: at(HOUR), ...over }) }]);
    for (const p of ['visit_b1', 'visit_a1', 'visit_crew']) {
      okData(await v(p, 'signUp', { id }));
      okData(await v('sec_a1', 'markAttendance', { id, openid: p, checkedInAt: isoAt(-3 * HOUR), checkedOutAt: isoAt(-HOUR), reason: '驿站签到表' }));
    }
    return id;
  }

  it('at a station: the visitor is credited in their own org and branch, by their own standard and caps, once', async () => {
    const id = await ran({ stationId: 'st_a1', title: '驿站党员流动课堂' });
    const first = okData(await v('sec_a1', 'close', { id }));
    okData(await v('sec_a1', 'close', { id }));
    assert.equal(first.credited, 3);
    const [visitor] = ledgerOf(id, 'visit_b1');
    assert.equal(ledgerOf(id, 'visit_b1').length, 1);
    assert.deepEqual([visitor!['orgId'], visitor!['branchId'], visitor!['points'], visitor!['itemId']], ['org_b', 'br_b1', 4, 'volunteer_service']);
    const [host] = ledgerOf(id, 'visit_a1');
    assert.deepEqual([host!['orgId'], host!['points']], ['org_a', 5]);
    assert.equal(ledgerOf(id, 'visit_crew').length, 0);
    const totals = cloud.db.find('pointTotals', { openid: 'visit_b1' });
    assert.equal(totals.reduce((s, t) => s + (t['total'] as number), 0), 4);
    assert.ok(first.shortfalls.some((s: { name: string; reason: string }) => s.name === '马长江' && /只计入党员/.test(s.reason)));

    // A second station activity the same month: org_b's cap (4 a month) holds for the visitor.
    const again = await ran({ stationId: 'st_a1', title: '驿站急救教学' });
    const r = okData(await v('sec_a1', 'close', { id: again }));
    assert.equal(ledgerOf(again, 'visit_b1').length, 0);
    assert.ok(r.shortfalls.some((s: { name: string; reason: string }) => s.name === '方舟' && /本次不计积分/.test(s.reason)));
  });

  it('away from a station: a member of another org gets the hours only, as before', async () => {
    const id = await ran({ stationId: null });
    const r = okData(await v('sec_a1', 'close', { id }));
    assert.equal(ledgerOf(id, 'visit_b1').length, 0);
    assert.ok(r.shortfalls.some((s: { name: string; reason: string }) => s.name === '方舟' && /只计入本单位党员/.test(s.reason)));
    assert.ok((cloud.db.find('enrollments', { _id: `${id}_visit_b1` })[0]!['hours'] as number) >= 1.5);
  });
});
