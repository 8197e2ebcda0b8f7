import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { defaultStandard } from '../../cloud/core/points/default-standard';
import { seedPointsDemo } from '../../cloud/local/seed/points-demo';
import { actAs, chinaDay, ROOT, startTestCloud } from './helpers';

describe('points demo seed', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions'), seedDemo: true });
  });
  after(() => cloud.close());
  const { today, year } = chinaDay();

  it('writes a year so far whose totals are the sum of their entries, once', () => {
    seedPointsDemo(cloud.db); // the org's demo seed may have written it already
    assert.deepEqual(seedPointsDemo(cloud.db), { seeded: false });
    const totals = cloud.db.find('pointTotals', { orgId: 'org_jining', year });
    assert.equal(totals.length, 4);
    for (const t of totals) {
      const entries = cloud.db.find('pointLedger', { openid: t['openid'], year });
      assert.equal(
        t['total'],
        entries.reduce((s, e) => s + (e['points'] as number), 0),
      );
      assert.ok(entries.every((e) => (e['date'] as string) <= today && (e['date'] as string).startsWith(String(year))));
    }
    // The points seed's own entries; the volunteer seed may add a credited activity on top.
    const total = (openid: string) =>
      cloud.db
        .find('pointLedger', { openid, year })
        .filter((e) => e['source'] !== 'activity')
        .reduce((s, e) => s + (e['points'] as number), 0);
    // The full year's points once enough months have passed for them to fit the monthly caps.
    if (Number(today.slice(5, 7)) >= 6) {
      assert.deepEqual(['demo_member_a', 'demo_secretary', 'demo_member_b', 'demo_admin'].map(total), [44, 71, 29, 56]);
    }
    const std = defaultStandard('org_jining');
    const perMonth = new Map<string, number>();
    for (const e of cloud.db.find('pointLedger', { orgId: 'org_jining' })) {
      const key = `${e['openid']} ${e['itemId']} ${(e['date'] as string).slice(0, 7)}`;
      perMonth.set(key, (perMonth.get(key) ?? 0) + (e['points'] as number));
    }
    for (const [key, points] of perMonth) {
      const cap = std.items.find((i) => i.id === key.split(' ')[1])!.caps.month;
      assert.ok(cap === undefined || Math.abs(points) <= cap, `${key}: ${points} over the monthly cap`);
    }
  });

  it('fills the 积分 tab, the rankings and the secretary’s queue', async () => {
    const totals = cloud.db.find('pointTotals', { orgId: 'org_jining', year });
    const above = (t: number, branchId?: string) =>
      1 + totals.filter((x) => (x['total'] as number) > t && (!branchId || x['branchId'] === branchId)).length;
    const mine = totals.find((t) => t['openid'] === 'demo_member_a')!;
    const summary = (await (await actAs(cloud, 'demo_member_a'))('points', 'summary')).data;
    assert.equal(summary.total, mine['total']);
    assert.deepEqual(
      [summary.branchRank, summary.branchSize, summary.orgRank, summary.orgSize],
      [above(summary.total, 'br_jiguan1'), 2, above(summary.total), 4],
    );
    assert.equal(summary.recent.length, cloud.db.find('pointLedger', { openid: 'demo_member_a' }).length);
    assert.ok(summary.recent.length > 0);
    assert.equal(summary.pendingClaims, 1);
    const ranking = (await (await actAs(cloud, 'demo_member_b'))('points', 'ranking', { scope: 'org' })).data;
    assert.deepEqual(
      ranking.rows.map((r: { total: number }) => r.total),
      totals.map((t) => t['total']).sort((a, b) => (b as number) - (a as number)),
    );
    const queue = (await (await actAs(cloud, 'demo_secretary'))('points', 'claimQueue')).data;
    assert.equal(queue.items.length, 1);
    assert.equal(queue.items[0].memberName, '李红梅');
    const approved = (
      await (
        await actAs(cloud, 'demo_secretary')
      )('points', 'decideClaims', { requestId: 'demo-decide-1', claimIds: [queue.items[0].id], approve: true })
    ).data;
    assert.equal(approved.decided.length, 1, JSON.stringify(approved.failed));
    const inbox = (await (await actAs(cloud, 'demo_member_a'))('messages', 'list')).data;
    assert.equal(inbox.unread, 2);
  });
});
