import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ageStoredCopy, apiAs, button, current, e2eSession, openTab, pointsTab, ROOT, serviceWorkerReady, SHOTS, signIn } from './harness';

const session = e2eSession();
const PHOTO = path.join(ROOT, 'src/assets/tab/points.png');

describe('at sea: the app without a signal', () => {
  it('a reload with no network opens the app and shows the stored 积分 total, its age and the 离线 banner', async () => {
    const page = await signIn(session, 'demo_member_a');
    const online = await pointsTab(page);
    await openTab(page, '志愿'); // the activity list is stored too
    await current(page).locator('.activity-card').first().waitFor();
    await serviceWorkerReady(page);
    await ageStoredCopy(page, 'points.summary', 12);

    await page.context().setOffline(true);
    await page.reload();
    const offline = await pointsTab(page);
    assert.equal(offline.total, online.total);
    await current(page).getByTestId('offline-banner').getByText('离线').waitFor();
    assert.match(await current(page).getByTestId('data-age').innerText(), /更新于 1[2-3] 分钟前/);
    await page.screenshot({ path: path.join(SHOTS, 'offline-points.png') });

    // Tapping an activity offline opens it from its stored copy: a page, never a blank.
    await openTab(page, '志愿');
    const card = current(page).locator('.activity-card').first();
    const title = await card.locator('.activity-card__title').innerText();
    await card.locator('.activity-card__title').click();
    await current(page).locator('.activity-detail__title', { hasText: title }).waitFor();
    await current(page).getByTestId('offline-banner').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'offline-activity.png') });

    // 往期 offline shows its own items or says it has none stored — never the 可报名 items.
    await page.goBack();
    await current(page).getByText('往期', { exact: true }).click();
    await current(page).getByText(/离线，联网后自动加载|还没有往期活动/).first().waitFor();
    assert.equal(await current(page).locator('.activity-card', { hasText: title }).count(), 0);
    await page.close();
  });

  it('a claim filed offline waits as 待发送 and is sent once when the signal returns', async () => {
    const note = '离线时申报的学习记录';
    const page = await signIn(session, 'demo_member_a');
    await pointsTab(page);
    await serviceWorkerReady(page); // the app was opened with a signal before: its pages are kept
    await button(page, '申报积分').click();
    const form = current(page);
    await form.getByText('积分项目').click();
    await page.getByText('确定', { exact: true }).filter({ visible: true }).click();
    await page.context().setOffline(true);
    await form.locator('textarea').fill(note);
    const chooser = page.waitForEvent('filechooser');
    await form.getByText('+ 照片').click();
    await (await chooser).setFiles(PHOTO);
    await form.getByText('待上传').waitFor(); // no signal: the photo stays on the phone for now
    await button(page, '提交申报').click();

    await page.waitForURL(/my-claims/);
    const waiting = current(page).getByTestId('waiting-claims');
    await waiting.getByText('待发送').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'offline-claim-waiting.png') });
    assert.equal(session.cloud().db.find('pointClaims', { note }).length, 0, 'nothing reached the server yet');

    await page.context().setOffline(false);
    await page.locator('.taro__toast').getByText('待发送的申报已提交').waitFor();
    await waiting.waitFor({ state: 'detached' });
    await current(page).getByTestId('claim-row').filter({ hasText: '待审核' }).first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'offline-claim-landed.png') });

    // Once, with its photo: in the store and in the secretary's queue.
    const stored = session.cloud().db.find('pointClaims', { note });
    assert.equal(stored.length, 1);
    assert.equal((stored[0]!['photos'] as string[]).length, 1);
    const queue = await apiAs(session, 'demo_secretary', 'points', 'claimQueue');
    assert.equal(queue.items.filter((c: { note: string }) => c.note === note).length, 1);
    await page.close();
  });

  it('“点此重试” on a list that failed to load sends the request again and shows the list', async () => {
    const page = await signIn(session, 'demo_member_a');
    await pointsTab(page);
    // Every attempt at 我的申报 fails (the client itself retries a read twice) until the signal is back.
    let failing = true;
    await page.route('**/api/points', async (route) => {
      const body = route.request().postDataJSON() as { action?: string } | null;
      if (failing && body?.action === 'myClaims') return route.abort('internetdisconnected');
      return route.continue();
    });
    await current(page).getByText('我的申报').click();
    const retry = current(page).getByText(/点此重试/);
    await retry.waitFor();
    failing = false;
    await retry.click();
    await current(page).getByTestId('claim-row').first().waitFor();
    assert.equal(await current(page).getByText(/点此重试/).count(), 0);
    await page.close();
  });
});
