import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { callerCache, countDbRequests, okData, ROOT, startTestCloud, type Call } from './helpers';

/**
 * 首页 per role, over the demo seed: the sections each role gets, and how many database requests
 * the one call makes (each role's budget; none grows with the organisation). Each budget includes
 * one look-up of the pictures' image checks (the answer shows others' pictures: content/media-gate.ts).
 */
describe('home: one call per role, a few database requests each', () => {
  let cloud: LocalCloud;
  let as: (openid: string) => Promise<Call>;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions'), seedDemo: true });
    as = callerCache(cloud);
  });
  after(() => cloud.close());

  /** The home answer for a person, with the database requests it took. */
  async function home(openid: string, data?: unknown): Promise<{ home: any; requests: number }> {
    const call = await as(openid);
    await call('home', 'get', data); // warm: the first call loads the function's modules
    const { result, requests } = await countDbRequests(cloud.db, () => call('home', 'get', data));
    return { home: okData(result), requests };
  }
  const kinds = (h: any) => h.sections.map((s: any) => s.kind);

  it('a visitor (never seen, or no profile yet) gets the showcase, a station and 12395', async () => {
    const { home: h, requests } = await home('visitor_never_seen');
    assert.equal(h.role, 'visitor');
    assert.equal(h.orgId, 'org_jining', 'the demo sets HOME_ORG_ID');
    assert.ok(h.carousel.length >= 4);
    assert.ok(h.carousel.every((i: any) => i.path.startsWith('/packages/brands/pages/')));
    assert.deepEqual(kinds(h), ['nearestStation', 'hotline']);
    assert.ok(h.sections[0].station, 'a station in list order');
    assert.equal(h.sections[0].byDistance, false);
    assert.equal(h.sections[1].number, '12395');
    assert.ok(requests <= 7, `visitor: ${requests} database requests`);
    // weapp creates everyone as crew on first sight: without a name they are still a visitor.
    cloud.db.insert('users', [{ _id: 'wx_new', name: '', roles: ['crew'], branchId: null, orgId: null, stationId: null }]);
    assert.equal((await home('wx_new')).home.role, 'visitor');
  });

  it('crew: the nearest open station (by position when given), 12395 and the certificate about to expire', async () => {
    const { home: h, requests } = await home('demo_crew');
    assert.equal(h.role, 'crew');
    assert.equal(h.name, '张海生');
    assert.deepEqual(kinds(h), ['nearestStation', 'hotline', 'certificate']);
    const cert = h.sections[2].reminder;
    assert.ok(cert.daysLeft <= 90 && cert.materials.length > 0, JSON.stringify(cert));
    assert.ok(requests <= 9, `crew: ${requests} database requests`);

    // 济宁: the nearest stations are 济宁's, and the answer says it went by distance.
    const near = await home('demo_crew', { lat: 35.41, lng: 116.58 });
    const station = near.home.sections[0];
    assert.equal(station.byDistance, true);
    if (station.station) assert.equal(station.station.status.state, 'open');
    // No request budget here: by position, the search widens until it finds stations open now, so its
    // requests depend on the hour (after 20:00 China time most are closed). bench/stations.bench.ts measures it.
  });

  it('member: points with the star and the gap, and the next activity', async () => {
    const { home: h, requests } = await home('demo_member_a');
    assert.equal(h.role, 'member');
    assert.deepEqual(kinds(h), ['points', 'nextActivity']);
    const points = h.sections[0];
    assert.equal(typeof points.total, 'number');
    assert.ok(points.nextStar === null || points.nextStar.missing === points.nextStar.minPoints - points.total);
    assert.ok(requests <= 9, `member: ${requests} database requests`);
  });

  it('secretary: claims and join requests waiting, activities to close', async () => {
    const { home: h, requests } = await home('demo_secretary');
    assert.equal(h.role, 'secretary');
    assert.deepEqual(kinds(h), ['branchTodo']);
    const todo = h.sections[0];
    assert.equal(todo.branchId, 'br_jiguan1');
    assert.ok(todo.joins >= 1, '周航 waits for approval');
    const pending = cloud.db.find('pointClaims', { branchId: 'br_jiguan1', status: 'pending' }).length;
    assert.equal(todo.claims, pending);
    assert.ok(requests <= 9, `secretary: ${requests} database requests`);
  });

  it('station staff: today’s bookings at their station', async () => {
    const { home: h, requests } = await home('demo_staff');
    assert.equal(h.role, 'staff');
    assert.deepEqual(kinds(h), ['stationToday']);
    const today = h.sections[0];
    assert.equal(today.stationId, 'st_jizhou');
    assert.match(today.stationName, /济舟港湾/);
    assert.ok(today.next.length <= 3);
    assert.ok(requests <= 8, `staff: ${requests} database requests`);
  });

  it('org admin: the organisation at a glance', async () => {
    const { home: h, requests } = await home('demo_admin');
    assert.equal(h.role, 'admin');
    assert.deepEqual(kinds(h), ['orgOverview']);
    const o = h.sections[0];
    assert.ok(o.members >= 4);
    assert.ok(o.joins >= 1);
    assert.ok(requests <= 13, `admin: ${requests} database requests`);
  });

  it('lists the organisations for the showcase pickers', async () => {
    const orgs = okData(await (await as('visitor_x'))('home', 'orgs', {}));
    assert.ok(orgs.some((o: any) => o.id === 'org_jining'));
    assert.ok(orgs.some((o: any) => o.id === 'org_cjmsa'));
  });
});
