import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { latinWords, overflowingText, smallTapTargets, useLargeType } from './audits';
import { apiAs, e2eSession, SHOTS, signIn } from './harness';

const session = e2eSession();

/** Crew stations: the crew side for 张海生, the console for 孙丽 (staff of 济舟港湾). */
const STATION_ROUTES: Record<string, Array<[string, string]>> = {
  demo_crew: [
    ['home', 'pages/home/index'],
    ['stations', 'pages/stations/index'],
    ['me', 'pages/me/index'],
    ['station', 'packages/stations/pages/station/index?id=st_jizhou'],
    ['station-anqing', 'packages/stations/pages/station/index?id=st_anqing'],
    ['book', 'packages/stations/pages/book/index?stationId=st_jizhou&serviceId=cert_help'],
    ['booking', 'packages/stations/pages/booking/index?id=bk_demo_crew_cert'],
    ['my-bookings', 'packages/stations/pages/my-bookings/index'],
    ['certificates', 'packages/stations/pages/certificates/index'],
    ['certificate-edit', 'packages/stations/pages/certificate-edit/index'],
    ['hotlines', 'packages/stations/pages/hotlines/index'],
  ],
  demo_staff: [
    ['home', 'pages/home/index'],
    ['me', 'pages/me/index'],
    ['console', 'packages/admin/pages/station/index'],
    ['station-hours', 'packages/admin/pages/station-hours/index'],
    ['station-services', 'packages/admin/pages/station-services/index'],
    ['station-notices', 'packages/admin/pages/station-notices/index'],
    ['station-edit', 'packages/admin/pages/station-edit/index'],
    ['station-poster', 'packages/admin/pages/station-poster/index'],
  ],
};

/** The showcase pages everyone reads, with the first brand, 书记项目 and alliance of the demo. */
async function showcaseRoutes(openid: string): Promise<Array<[string, string]>> {
  const matrix = await apiAs(session, openid, 'brands', 'matrix', {});
  const projects = await apiAs(session, openid, 'brands', 'projects', {});
  const alliances = await apiAs(session, openid, 'brands', 'alliances', { orgId: 'org_bbw' });
  const brand = matrix.tiles.find((t: { brandId: string | null }) => t.brandId).brandId as string;
  return [
    ['matrix', 'packages/brands/pages/matrix/index'],
    ['brand', `packages/brands/pages/brand/index?id=${brand}`],
    ['projects', 'packages/brands/pages/projects/index'],
    ['project', `packages/brands/pages/project/index?id=${projects.items[0].id}`],
    ['alliances', 'packages/brands/pages/alliances/index'],
    ['alliance', `packages/brands/pages/alliance/index?id=${alliances[0].id}`],
  ];
}

/** The pages the journeys visit, per persona: tabs, the points, volunteer and brands subpackages, the admin pages. */
async function routes(openid: string): Promise<Array<[string, string]>> {
  if (STATION_ROUTES[openid]) return STATION_ROUTES[openid];
  const claims = await apiAs(session, openid, 'points', 'myClaims').catch(() => ({ items: [] }));
  const activities = await apiAs(session, openid, 'volunteer', 'list', { filter: 'open' });
  const claim = claims.items[0]?.id as string | undefined;
  const activity = activities.items[0]?.id as string;
  const common: Array<[string, string]> = [
    ['home', 'pages/home/index'],
    ['points', 'pages/points/index'],
    ['stations', 'pages/stations/index'],
    ['volunteer', 'pages/volunteer/index'],
    ['me', 'pages/me/index'],
    ['claim', 'packages/points/pages/claim/index'],
    ['my-claims', 'packages/points/pages/my-claims/index'],
    ['ledger', 'packages/points/pages/ledger/index'],
    ['ranking', 'packages/points/pages/ranking/index'],
    ['gap', 'packages/points/pages/gap/index'],
    ['messages', 'packages/points/pages/messages/index'],
    ['activity', `packages/volunteer/pages/detail/index?id=${activity}`],
    ['my-activities', 'packages/volunteer/pages/mine/index'],
  ];
  if (claim) common.push(['claim-detail', `packages/points/pages/claim-detail/index?id=${claim}`]);
  common.push(...(await showcaseRoutes(openid)));
  if (openid === 'demo_secretary' || openid === 'demo_admin') {
    const me = await apiAs(session, openid, 'account', 'whoami');
    const mine = await apiAs(session, openid, 'brands', 'manageProjects');
    common.push(
      ['brands-manage', 'packages/brands/pages/manage/index'],
      ['brand-edit', `packages/brands/pages/brand-edit/index?branchId=${me.branch?.id ?? ''}`],
      ['project-new', 'packages/brands/pages/project-edit/index'],
      ['overview', 'packages/brands/pages/overview/index'],
    );
    if (mine[0]) common.push(['project-edit', `packages/brands/pages/project-edit/index?id=${mine[0].id}`], ['project-entry', `packages/brands/pages/project-entry/index?projectId=${mine[0].id}`]);
  }
  if (openid === 'demo_secretary') {
    common.push(
      ['admin-claims', 'packages/admin/pages/claims/index'],
      ['admin-branch', 'packages/admin/pages/branch/index'],
      ['activity-edit', 'packages/volunteer/pages/edit/index'],
      ['roster', `packages/volunteer/pages/roster/index?id=${activity}`],
    );
  }
  if (openid === 'demo_admin') {
    // An alliance of the admin's own organisation (the demo's is another unit's): the same request id creates it once.
    const content = {
      name: '运河港航党建联盟',
      purpose: '联学联建，服务运河航运。',
      cover: null,
      logo: null,
      story: [],
      members: [
        { key: 'jg1', unit: '济宁市港航事业发展中心', branchName: '机关第一党支部', branchId: 'br_jiguan1', lead: true },
        { key: 'rc', unit: '任城区港航事业发展中心', branchName: '任城港航党支部', branchId: 'br_rencheng', lead: false },
      ],
      mechanisms: [],
      platforms: [],
      results: [],
    };
    const created = await apiAs(session, openid, 'brands', 'createAlliance', { requestId: 'audit-alliance-1', content });
    const alliance = created.allianceId as string;
    // 资源/需求 and 联席会议 are recorded on a published alliance (the second test finds it published already).
    await apiAs(session, openid, 'brands', 'publish', { kind: 'alliance', id: alliance, version: created.state.version }).catch(() => undefined);
    common.push(
      ['alliance-new', 'packages/brands/pages/alliance-edit/index'],
      ['admin-org', 'packages/admin/pages/org/index'],
      ['admin-standard', 'packages/admin/pages/standard/index'],
      ['admin-stations', 'packages/admin/pages/stations/index'],
      ['admin-station-new', 'packages/admin/pages/station-edit/index?new=1'],
      ['carousel', 'packages/brands/pages/carousel/index'],
      ['alliance-edit', `packages/brands/pages/alliance-edit/index?id=${alliance}`],
      ['offer', `packages/brands/pages/offer/index?allianceId=${alliance}`],
      ['meeting', `packages/brands/pages/meeting/index?allianceId=${alliance}`],
    );
  }
  return common;
}

async function open(page: Page, route: string): Promise<void> {
  await page.goto(`${session.cloud().url}/#/${route}`);
  await page.waitForTimeout(700); // the page slides in and its data arrives
  await page.locator('[aria-busy=true]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

for (const openid of ['demo_member_a', 'demo_secretary', 'demo_admin', 'demo_crew', 'demo_staff']) {
  describe(`every page ${openid} visits`, () => {
    it('has tap targets of at least 44×44 and no Latin words, at 375x812', async () => {
      const page = await signIn(session, openid);
      const problems: string[] = [];
      for (const [name, route] of await routes(openid)) {
        await open(page, route);
        for (const t of await smallTapTargets(page)) problems.push(`${name}: ${t.what} ${t.width}×${t.height}`);
        for (const w of await latinWords(page)) problems.push(`${name}: Latin word "${w}"`);
        await page.screenshot({ path: path.join(SHOTS, `${openid}-${name}.png`) });
      }
      await page.close();
      assert.deepEqual(problems, []);
    });

    it('in large type (1.5×) no text is wider than its box; screenshots of each', async () => {
      const page = await signIn(session, openid);
      const problems: string[] = [];
      for (const [name, route] of await routes(openid)) {
        await open(page, route);
        await useLargeType(page);
        for (const o of await overflowingText(page)) problems.push(`${name}: ${o}`);
        const file = path.join(SHOTS, `${openid}-${name}-large.png`);
        await page.screenshot({ path: file });
        assert.ok(fs.statSync(file).size > 8_000, `${file} has content`);
      }
      await page.close();
      assert.deepEqual(problems, []);
    });
  });
}

describe('the audits themselves', () => {
  it('find a small tap target, a Latin word and clipped text', async () => {
    const page = await session.browser().newPage({ viewport: { width: 375, height: 812 } });
    await page.setContent(`
      <div class="at-button" style="width:48px;height:28px">报名</div>
      <div data-tap="x" style="width:60px;height:60px">好</div>
      <p>Submit 提交</p><p>邀请码 HFLH26，通过 QR 码</p>
      <div style="width:60px;white-space:nowrap;overflow:hidden">10 条待审核的申报</div>`);
    assert.deepEqual(
      (await smallTapTargets(page)).map((t) => [t.width, t.height]),
      [[48, 28]],
    );
    assert.deepEqual(await latinWords(page), ['Submit']);
    assert.equal((await overflowingText(page)).length, 1);
    await page.close();
  });
});
