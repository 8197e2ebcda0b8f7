/**
 * Issue 11, items 10-16, as people meet them in the h5 app: the gap page, bulk approval in three
 * taps, a rejected claim sent again, only what is possible now, and the smaller finishes.
 * Screenshots of each state at 375x812 and in large type (finish-*.png).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { overflowingText, smallTapTargets, latinWords, useLargeType } from './audits';
import { button, current, e2eSession, pointsTab, ROOT, SHOTS, signIn } from './harness';

const session = e2eSession();
const PNG = fs.readFileSync(path.join(ROOT, 'src/assets/tab/points.png'));

/** The persona's own API, with a session issued by the local cloud (no sign-in rate limit to meet). */
async function callAs(openid: string, fn: string, action: string, data?: unknown): Promise<any> {
  const token = session.cloud().sessions.issue(openid, 'wxtest');
  const res = await fetch(`${session.cloud().url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ action, data }),
  });
  const body = (await res.json()) as { ok: boolean; data?: unknown; message?: string };
  if (!body.ok) throw new Error(`${fn}.${action}: ${body.message}`);
  return body.data;
}

async function upload(openid: string, file: string): Promise<string> {
  const res = await fetch(`${session.cloud().url}/api/storage/upload`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.cloud().sessions.issue(openid, 'wxtest')}` },
    body: JSON.stringify({ cloudPath: `claims/${openid}/${file}`, contentBase64: PNG.toString('base64') }),
  });
  return ((await res.json()) as { data: { fileID: string } }).data.fileID;
}

async function open(page: Page, route: string): Promise<void> {
  await page.goto(`${session.cloud().url}/#/${route}`);
  await page.waitForTimeout(700);
  await page.locator('[aria-busy=true]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
}

/** Screenshots at 375x812 and at 1.5×, with the audits on both: tap targets, Latin words, nothing clipped. */
async function look(page: Page, name: string): Promise<string[]> {
  const problems: string[] = [];
  for (const t of await smallTapTargets(page)) problems.push(`${name}: ${t.what} ${t.width}×${t.height}`);
  for (const w of await latinWords(page)) problems.push(`${name}: Latin word "${w}"`);
  await page.screenshot({ path: path.join(SHOTS, `finish-${name}.png`) });
  await useLargeType(page);
  for (const o of await overflowingText(page)) problems.push(`${name} (1.5×): ${o}`);
  await page.screenshot({ path: path.join(SHOTS, `finish-${name}-large.png`) });
  await useLargeType(page, 1);
  return problems;
}

const dialog = (page: Page) => page.locator('.taro-modal__content').filter({ visible: true });
const confirmIn = (page: Page, label: string) => page.locator('.taro-model__confirm', { hasText: label }).filter({ visible: true });
const cancelIn = (page: Page, label: string) => page.locator('.taro-model__cancel', { hasText: label }).filter({ visible: true });

describe('finished pages (issue 11: 10-16)', () => {
  it('距下一星级: the answer large, every number visible, each row opens a claim of its item; leaving the filled form asks', async () => {
    const page = await signIn(session, 'demo_member_a');
    await pointsTab(page);
    await current(page).locator('[data-tap=gap]').click();
    const rows = current(page).getByTestId('gap-row');
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 3);
    for (const text of await rows.allInnerTexts()) assert.match(text, /(还可得 \d+ 分|不限次数)[\s\S]*\+\d+/, text);
    const size = (sel: string) => current(page).locator(sel).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok((await size('.gap-page__title')) > (await size('.gap-page__sentence')) * 1.3, 'the title is larger than the sentence under it');
    const problems = await look(page, 'gap');

    const first = rows.first();
    const itemName = (await first.locator('.points-row__title').innerText()).trim();
    await first.click();
    await page.waitForURL(/points\/pages\/claim\/index\?item=/);
    const form = current(page);
    await form.locator('.at-list__item', { hasText: '积分项目' }).locator('.item-extra__info', { hasText: itemName }).waitFor();
    problems.push(...(await look(page, 'claim-prefilled')));

    // Input in the form: the title bar's back asks first.
    await form.locator('textarea').fill('参加支部学习');
    await page.locator('.taro-navigation-bar-back').click();
    await dialog(page).getByText('放弃填写？').waitFor();
    await cancelIn(page, '继续填写').click();
    assert.match(page.url(), /points\/pages\/claim\/index/, 'still on the form');
    assert.equal(await form.locator('textarea').inputValue(), '参加支部学习');
    await page.locator('.taro-navigation-bar-back').click();
    await confirmIn(page, '放弃').click();
    await page.waitForURL(/points\/pages\/gap\/index/);
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('a rejected claim: red in 我的申报, 修改后重新申报 fills the form again with the reason shown', async () => {
    const queue = await callAs('demo_secretary', 'points', 'claimQueue');
    const demo = queue.items.find((c: { memberName: string }) => c.memberName === '李红梅');
    await callAs('demo_secretary', 'points', 'decideClaims', { requestId: 'finish-reject-1', claimIds: [demo.id], approve: false, reason: '请补充会议记录' });

    const page = await signIn(session, 'demo_member_a');
    await pointsTab(page);
    await current(page).getByText('我的申报').click();
    const rejected = current(page).getByTestId('claim-row').filter({ hasText: '已驳回' }).first();
    await rejected.waitFor();
    const colour = (sel: string) => current(page).locator(sel).first().evaluate((el) => getComputedStyle(el).color);
    assert.equal(await colour('.points-tone--rejected'), 'rgb(200, 16, 46)', '已驳回 in red');
    assert.equal(await colour('.points-tone--approved'), 'rgb(43, 122, 61)', '已通过 in green');
    const problems = await look(page, 'my-claims');
    await rejected.click();
    await button(page, '修改后重新申报').click();
    await page.waitForURL(/claim\/index\?from=/);
    const form = current(page);
    await form.getByTestId('resubmit-note').getByText(/请补充会议记录/).waitFor();
    assert.equal(await form.locator('textarea').inputValue(), demo.note);
    await form.locator('.item-extra__info', { hasText: demo.itemName }).waitFor();
    problems.push(...(await look(page, 'claim-resubmit')));
    await form.locator('textarea').fill(`${demo.note}（附会议记录）`);
    await button(page, '提交申报').click();
    await current(page).getByText('待审核').waitFor();
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('bulk approval: 20 claims approved in 3 taps — 全选, 通过 20 条 on the bar, and a confirmation that sums it up', async () => {
    const db = session.cloud().db;
    // 19 more party members of 机关第一党支部 each claim once (3 with a photo): 20 waiting with 李红梅's.
    const items: Array<[string, number]> = [['study_session', 2], ['org_meeting', 3], ['org_party_day', 3], ['volunteer_service', 5]];
    db.insert(
      'users',
      Array.from({ length: 19 }, (_, i) => ({
        _id: `bulk_m${i}`,
        name: `党员${String.fromCharCode(0x7532 + i)}`,
        avatarUrl: '',
        phone: null,
        roles: ['crew', 'member'],
        branchId: 'br_jiguan1',
        orgId: 'org_jining',
        stationId: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      })),
    );
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    let sentWithPhotos = 0;
    for (let i = 0; i < 19; i++) {
      const [itemId] = items[i % items.length]!;
      const photos = i < 3 || itemId === 'org_party_day' || itemId === 'volunteer_service' ? [await upload(`bulk_m${i}`, `p${i}.png`)] : [];
      if (photos.length) sentWithPhotos++;
      await callAs(`bulk_m${i}`, 'points', 'claim', { requestId: `finish-bulk-${i}`, itemId, date: today, note: '参加支部活动', photos });
    }
    // The secretary sees a member's photo once WeChat's image check passed it (the local cloud answers a moment later).
    type Waiting = Array<{ id: string; points: number; photos: string[] }>;
    let waiting: Waiting = [];
    for (let tries = 0; tries < 50; tries++) {
      waiting = (await callAs('demo_secretary', 'points', 'claimQueue')).items as Waiting;
      if (waiting.filter((c) => c.photos.length > 0).length >= sentWithPhotos) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(waiting.length, 20);
    const points = waiting.reduce((s, c) => s + c.points, 0);
    const withPhotos = waiting.filter((c) => c.photos.length > 0).length;

    const page = await signIn(session, 'demo_secretary');
    await open(page, 'packages/admin/pages/claims/index');
    await current(page).locator('.claim-review').nth(19).waitFor();
    // Count every tap the secretary makes from here on.
    await page.evaluate(() => {
      const w = window as unknown as { taps: number };
      w.taps = 0;
      document.addEventListener('click', (e) => e.isTrusted && (w.taps += 1), true);
    });
    await current(page).locator('[data-tap=select-all]').click();
    const bar = current(page).getByTestId('bulk-bar');
    await bar.getByText('已选 20 条').waitFor();
    // The bar stays on screen however far down the queue is scrolled.
    await current(page).locator('.claim-review').nth(19).scrollIntoViewIfNeeded();
    assert.ok(await bar.isVisible());
    const box = (await bar.boundingBox())!;
    assert.ok(box.y + box.height <= 812 + 1 && box.y > 600, `the bar sits at the bottom (${box.y})`);
    const problems = await look(page, 'bulk-bar');
    await bar.locator('.at-button', { hasText: '通过 20 条' }).click();
    const summary = await dialog(page).locator('.taro-modal__text').innerText();
    assert.equal(summary.trim(), `通过 20 条，共 +${points} 分，其中 ${withPhotos} 条含照片未查看。`);
    await page.screenshot({ path: path.join(SHOTS, 'finish-bulk-confirm.png') });
    await confirmIn(page, '全部通过').click();
    await current(page).getByText('没有待审核的申报').waitFor();
    const taps = await page.evaluate(() => (window as unknown as { taps: number }).taps);
    assert.ok(taps <= 3, `${taps} taps`);
    const decided = waiting.map((c) => db.find('pointClaims', { _id: c.id })[0]!['status']);
    assert.deepEqual([...new Set(decided)], ['approved']);
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('only what is possible now: before the window the check-in box says when it opens; 结束 only once started; deadlines with date and time', async () => {
    await callAs('demo_member_a', 'volunteer', 'signUp', { id: 'act_demo_school' });
    const page = await signIn(session, 'demo_member_a');
    await open(page, 'packages/volunteer/pages/detail/index?id=act_demo_school');
    const card = current(page).getByTestId('checkin-card');
    await card.getByTestId('checkin-opens').getByText(/起可签到/).waitFor();
    assert.equal(await card.locator('input').count(), 0, 'no code box before the window');
    assert.equal(await card.locator('.at-button').count(), 0, 'no 签到 button before the window');
    const problems = await look(page, 'activity-early');
    await page.close();

    const organiser = await signIn(session, 'demo_secretary');
    await open(organiser, 'packages/volunteer/pages/detail/index?id=act_demo_school');
    await current(organiser).getByText('签到二维码').waitFor();
    assert.equal(await current(organiser).getByText('结束活动').count(), 0, '结束 is not offered before the start');
    problems.push(...(await look(organiser, 'activity-organiser')));
    await open(organiser, 'packages/volunteer/pages/edit/index');
    const deadline = current(organiser).getByTestId('signup-deadline');
    await deadline.locator('[data-tap=date]').waitFor();
    assert.match(await deadline.locator('[data-tap=time]').innerText(), /^\d{2}:\d{2}$/);
    const picked = await deadline.locator('[data-tap=date]').innerText();
    assert.ok(picked >= today(), `a deadline for a new activity is not in the past (${picked})`);
    problems.push(...(await look(organiser, 'activity-edit')));
    await organiser.close();
    assert.deepEqual(problems, []);
  });

  it('the smaller ones: own row and stars in rankings, year total on 积分明细, hours on 我的活动', async () => {
    const page = await signIn(session, 'demo_member_a');
    const { total } = await pointsTab(page);
    await current(page).getByText('积分明细').click();
    const headline = current(page).getByTestId('ledger-total');
    await headline.getByText(`${total} 分`).waitFor();
    assert.match(await headline.innerText(), new RegExp(`${new Date().getFullYear()} 年度合计`));
    const problems = await look(page, 'ledger');

    await open(page, 'packages/points/pages/ranking/index');
    const mine = current(page).getByTestId('ranking-mine').first();
    await mine.waitFor();
    const style = await mine.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(style, 'rgb(255, 241, 242)', 'the own row is tinted');
    const star = current(page).locator('.points-tone--stars').first();
    if (await star.count()) assert.equal(await star.evaluate((el) => getComputedStyle(el).color), 'rgb(168, 116, 0)');
    problems.push(...(await look(page, 'ranking')));

    await open(page, 'packages/volunteer/pages/mine/index');
    await current(page).getByTestId('my-hours').getByText('3 小时').waitFor();
    problems.push(...(await look(page, 'my-activities')));
    await page.close();
    assert.deepEqual(problems, []);
  });

  it('signed-out tabs offer 登录; the applicant sees the application on 积分; staff see their work first; a refused page leads home', async () => {
    const guest = await session.browser().newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    const problems: string[] = [];
    for (const tab of ['points', 'volunteer', 'me']) {
      await open(guest, `pages/${tab}/index`);
      await current(guest).locator('.at-button', { hasText: '登录' }).waitFor();
      problems.push(...(await look(guest, `signed-out-${tab}`)));
    }
    await current(guest).locator('.at-button', { hasText: '登录' }).click();
    await guest.waitForURL(/pages\/login\/index/);
    await guest.locator('[data-openid=demo_applicant]').waitFor();
    problems.push(...(await look(guest, 'login')));
    await guest.close();

    const applicant = await signIn(session, 'demo_applicant');
    await pointsTab(applicant).catch(() => undefined);
    await current(applicant).getByText('入支部申请审核中').waitFor();
    await current(applicant).getByText(/已申请加入「机关第一党支部」/).waitFor();
    problems.push(...(await look(applicant, 'applicant-points')));
    await open(applicant, 'packages/admin/pages/claims/index');
    await current(applicant).getByText(/没有权限/).waitFor();
    problems.push(...(await look(applicant, 'refused')));
    await button(applicant, '回到首页').click();
    await applicant.waitForURL(/pages\/home\/index/);
    await applicant.close();

    const staff = await signIn(session, 'demo_staff');
    const firstEntry = current(staff).locator('.at-list__item').first();
    await firstEntry.waitFor();
    assert.match(await firstEntry.innerText(), /驿站管理/);
    problems.push(...(await look(staff, 'staff-me')));
    await staff.close();
    assert.deepEqual(problems, []);
  });
});

function today(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
