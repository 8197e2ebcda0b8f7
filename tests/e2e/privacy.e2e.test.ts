import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { button, e2eSession, SHOTS, signIn } from './harness';
import { expectChineseText, expectNoOverflow, expectTapTargets, useLargeType } from './audits';

// The privacy popup on h5: the same component weapp shows on onNeedPrivacyAuthorization, raised by
// the app's own privacy-needed event before it sends personal data (saving 完善资料).
describe('privacy popup (h5)', () => {
  const session = e2eSession();

  it('asks before personal data is sent: 拒绝 keeps it, 同意 sends it and is remembered', async () => {
    const page = await signIn(session, 'demo_member_a');
    const cloud = session.cloud();
    const stored = () => cloud.db.find('users', { _id: 'demo_member_a' })[0]!;
    const before = stored()['updatedAt'];
    const popup = page.locator('.privacy-popup');

    await page.getByText('完善资料').click();
    await button(page, '保存').click();
    await popup.waitFor();
    assert.match(await popup.innerText(), /用户隐私保护提示[\s\S]*《红帆小程序隐私保护指引》/);
    await expectTapTargets(page, 'privacy popup');
    await expectChineseText(page, 'privacy popup');
    await page.screenshot({ path: path.join(SHOTS, 'privacy-popup.png') });

    await popup.getByText('拒绝', { exact: true }).click();
    await popup.waitFor({ state: 'detached' });
    await page.getByText('未同意隐私保护指引，资料未保存').waitFor();
    assert.deepEqual(stored()['updatedAt'], before, 'nothing was sent');

    await button(page, '保存').click();
    await popup.waitFor();
    await popup.getByText('同意', { exact: true }).click();
    await page.getByText('完善资料').waitFor(); // the editor closed: saved
    assert.notDeepEqual(stored()['updatedAt'], before);

    // Remembered on this device: the next save goes straight through.
    await page.reload();
    await page.getByText('完善资料').click();
    await button(page, '保存').click();
    await page.getByText('完善资料').waitFor();
    assert.equal(await popup.count(), 0);
    await page.close();
  });

  it('reads at 1.5× text without clipping', async () => {
    const page = await signIn(session, 'demo_crew');
    await page.getByText('完善资料').click();
    await useLargeType(page);
    await button(page, '保存').click();
    await page.locator('.privacy-popup').waitFor();
    await expectNoOverflow(page, 'privacy popup at 1.5×');
    await expectTapTargets(page, 'privacy popup at 1.5×');
    await page.screenshot({ path: path.join(SHOTS, 'privacy-popup-large.png') });
    await page.close();
  });

  it('我的 offers the export of one’s own data as a file', async () => {
    const page = await signIn(session, 'demo_member_b');
    await page.getByText('注销账号').waitFor();
    const download = page.waitForEvent('download');
    await page.getByText('导出我的数据').click();
    assert.match((await download).suggestedFilename(), /^红帆-我的数据-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.screenshot({ path: path.join(SHOTS, 'privacy-me-entries.png'), fullPage: true });
    await page.close();
  });
});
