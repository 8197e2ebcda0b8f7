import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { apiAs, button, current, e2eSession, SHOTS, signIn, text } from './harness';

const session = e2eSession();

/** A phone-sized page with nobody signed in. */
async function visitorPage(): Promise<Page> {
  return session.browser().newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
}

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(600); // the page slides in and its data arrives
  await page.locator('[aria-busy=true]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `brands-${name}.png`) });

/** Cloud function calls (POST /api/<function>) the page makes; sign-in and storage are not functions. */
function functionCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    const m = /\/api\/([a-z]+)$/.exec(new URL(r.url()).pathname);
    if (m && m[1] !== 'auth' && r.method() === 'POST') calls.push(`${m[1]}.${(JSON.parse(r.postData() ?? '{}') as { action?: string }).action ?? ''}`);
  });
  return calls;
}

/** Opens the app cold on the home page (a reload: nothing in memory, the stored copies on the device) and counts its calls. */
async function coldHome(page: Page): Promise<string[]> {
  await page.goto(`${session.cloud().url}/#/pages/home/index`);
  await settle(page);
  const calls = functionCalls(page);
  await page.reload();
  await current(page).locator('.home-card').first().waitFor();
  await page.waitForTimeout(1500); // anything that would load late still shows up in the log
  return calls;
}

describe('brand showcases in the browser', () => {
  it('a signed-out visitor opens home, the matrix, a brand, a 书记项目 and an alliance', async () => {
    const page = await visitorPage();
    const calls = await coldHome(page);
    assert.ok(calls.length <= 2, `home made ${calls.length} calls: ${calls.join(', ')}`);
    const home = await text(page);
    assert.match(home, /登录后使用全部功能/);
    assert.match(home, /12395/);
    await shot(page, 'home-visitor');

    await current(page).getByTestId('entry-品牌').click();
    await settle(page);
    assert.match(await current(page).innerText(), /一主多元/);
    assert.match(await current(page).innerText(), /红帆领航/);
    await shot(page, 'matrix');

    await current(page).getByText('红帆领航、生态卫士').first().click();
    await settle(page);
    const brand = await current(page).innerText();
    assert.match(brand, /品牌内涵|品牌故事/);
    assert.match(brand, /浏览/);
    await shot(page, 'brand');

    await page.goBack();
    await settle(page);
    await current(page).getByTestId('entry-projects').click();
    await settle(page);
    await current(page).locator('.project-card').first().click();
    await settle(page);
    const project = await current(page).innerText();
    assert.match(project, /项目进度/);
    assert.match(project, /领题/);
    await shot(page, 'project');

    await page.goto(`${session.cloud().url}/#/packages/brands/pages/alliances/index`);
    await settle(page);
    // 济宁 has no alliance of its own: the page offers the other units', one tap each.
    await current(page).getByTestId('org-org_bbw').click();
    await current(page).locator('.project-card').first().click();
    await settle(page);
    const alliance = await current(page).innerText();
    assert.match(alliance, /北部湾/);
    assert.match(alliance, /成员单位（11）/); // 北部湾办's branch and the 10 units it joined with
    // Each open need names the offers that answer it, and why.
    assert.match(alliance, /可对接：通航安全技术咨询（广西海事局）\n同属“专业技术”类；共同标签：通航安全/);
    await shot(page, 'alliance');
    await page.close();
  });

  it('a member likes a brand twice and the count rises once', async () => {
    const matrix = await apiAs(session, 'demo_member_b', 'brands', 'matrix', {});
    const id = matrix.tiles.find((t: { brandId: string | null }) => t.brandId)!.brandId as string;
    const before = (await apiAs(session, 'demo_member_b', 'brands', 'brand', { id })).engagement.likes as number;
    const page = await signIn(session, 'demo_member_b');
    await page.goto(`${session.cloud().url}/#/packages/brands/pages/brand/index?id=${id}`);
    await settle(page);
    const like = current(page).getByTestId('like');
    await like.click();
    await like.click();
    await current(page).getByText(`已赞 ${before + 1}`).waitFor();
    // Opened again while the server does not answer (weak signal): the stored copy knows the like.
    await page.route('**/api/brands', () => undefined);
    await page.reload();
    await current(page).getByTestId('like-count').filter({ hasText: `已赞 ${before + 1}` }).waitFor();
    await shot(page, 'brand-liked-stored-copy');
    await page.unroute('**/api/brands');
    await page.reload();
    // Then the fresh answer: liked, once.
    await current(page).getByTestId('like-count').filter({ hasText: `已赞 ${before + 1}` }).waitFor();
    assert.equal((await apiAs(session, 'demo_member_b', 'brands', 'brand', { id })).engagement.likes, before + 1);
    await page.close();
  });

  it('a secretary edits their brand: a blocked word is refused naming the field; the admin publishes; the secretary sees it', async () => {
    const slogan = `守护运河一泓清水${Date.now() % 1000}`;
    const sec = await signIn(session, 'demo_secretary');
    await sec.goto(`${session.cloud().url}/#/packages/brands/pages/manage/index`);
    await settle(sec);
    const me = await apiAs(session, 'demo_secretary', 'account', 'whoami');
    await current(sec).getByTestId(`manage-brand-${me.branch.id}`).click();
    await settle(sec);
    const form = current(sec);
    await form.locator('input[name=slogan]').fill('欢迎来赌 博');
    await button(sec, '保存草稿').click();
    await form.getByText('标语含有不适宜发布的内容').first().waitFor();
    assert.match(await form.getByTestId('field-error').first().innerText(), /^标语/);

    await form.locator('input[name=slogan]').fill(slogan);
    await button(sec, '保存草稿').click();
    await form.getByText(/草稿第 \d+ 版/).waitFor();
    assert.match(await form.getByTestId('draft-banner').innerText(), /有修改待发布|未发布/);

    const admin = await signIn(session, 'demo_admin');
    await admin.goto(`${session.cloud().url}/#/packages/brands/pages/brand-edit/index?branchId=${me.branch.id}`);
    await settle(admin);
    await button(admin, '发布第').click();
    await admin.getByText('发布', { exact: true }).filter({ visible: true }).click();
    await current(admin).getByTestId('draft-banner').getByText('已发布', { exact: true }).waitFor();
    await admin.close();

    const brandId = `b-${me.branch.id}`;
    await sec.goto(`${session.cloud().url}/#/packages/brands/pages/brand/index?id=${brandId}`);
    await settle(sec);
    await current(sec).getByText(slogan).waitFor();
    await sec.close();
  });

  for (const who of ['demo_crew', 'demo_member_a', 'demo_secretary', 'demo_staff', 'demo_admin']) {
    it(`home for ${who}: its role's sections in at most 2 function calls`, async () => {
      const page = await signIn(session, who);
      const calls = await coldHome(page);
      assert.ok(calls.length <= 2, `home made ${calls.length} calls: ${calls.join(', ')}`);
      assert.ok(calls.includes('home.get'), calls.join(', '));
      const expected: Record<string, string> = {
        demo_crew: 'home-hotline',
        demo_member_a: 'home-points',
        demo_secretary: 'home-todo',
        demo_staff: 'home-station-today',
        demo_admin: 'home-overview',
      };
      await current(page).getByTestId(expected[who]!).waitFor();
      await shot(page, `home-${who}`);
      await page.close();
    });
  }

  it('the org admin’s 组织概况 draws its four charts', async () => {
    const page = await signIn(session, 'demo_admin');
    await page.goto(`${session.cloud().url}/#/packages/brands/pages/overview/index`);
    await settle(page);
    for (const chart of ['chart-stars', 'chart-hours', 'chart-turnaround', 'chart-participation']) await current(page).getByTestId(chart).waitFor();
    assert.match(await current(page).innerText(), /机关第一党支部/);
    await shot(page, 'overview');
    await page.close();
  });

  it('the org admin takes an item off the home carousel, and home shows the rest', async () => {
    const before = (await apiAs(session, 'demo_admin', 'brands', 'carousel', {})).items as Array<{ title: string }>;
    const page = await signIn(session, 'demo_admin');
    await page.goto(`${session.cloud().url}/#/packages/brands/pages/carousel/index`);
    await settle(page);
    await current(page).locator('.pick-row').first().getByText('移除').click();
    await button(page, '保存轮播').click();
    await current(page).getByText(`首页轮播（${before.length - 1}/8）`).waitFor();
    const after = (await apiAs(session, 'demo_admin', 'brands', 'carousel', {})).items as Array<{ title: string }>;
    assert.deepEqual(
      after.map((i) => i.title),
      before.slice(1).map((i) => i.title),
    );
    await page.goto(`${session.cloud().url}/#/pages/home/index`);
    await settle(page);
    assert.equal(await current(page).locator('.home-carousel__dot').count(), after.length);
    await page.close();
  });
});
