import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { button, current, e2eSession, pointsTab, ROOT, SHOTS, signIn } from './harness';

const session = e2eSession();
// Any small image will do as evidence: the tab icon is a real PNG in the repo.
const PHOTO = path.join(ROOT, 'src/assets/tab/points.png');

/** Fills the claim form with the first claimable item, today, a note and a photo; returns the item's points. */
async function claim(page: Page, note: string): Promise<number> {
  await button(page, '申报积分').click();
  const form = current(page);
  await form.getByText('积分项目').click();
  // The picker opens on the first item; each picker on the page has its own (hidden) 确定.
  await page.getByText('确定', { exact: true }).filter({ visible: true }).click();
  const chosen = await form.locator('.at-list__item', { hasText: '积分项目' }).locator('.item-extra__info').innerText();
  assert.notEqual(chosen, '请选择');
  const points = Number(/^([+-]\d+) 分/.exec(await form.locator('.claim-form__hint').innerText())?.[1]);
  await form.locator('textarea').fill(note);
  const chooser = page.waitForEvent('filechooser');
  await form.getByText('+ 照片').click();
  await (await chooser).setFiles(PHOTO);
  await form.locator('.photo-picker__img').first().waitFor();
  await button(page, '提交申报').click();
  await current(page).getByText('待审核').waitFor();
  return points;
}

async function secretaryDecides(note: string, approve: boolean, reason?: string): Promise<void> {
  const page = await signIn(session, 'demo_secretary');
  await current(page).getByText('积分审核', { exact: true }).click();
  const review = current(page).locator('.claim-review', { hasText: note });
  await review.waitFor();
  await review.locator('.photo-picker__img').first().waitFor(); // the evidence photo is there
  // …and shows: the <img> loaded it through a signed URL (the local cloud serves photos to no one else).
  await review.locator('.photo-picker__img img').first().evaluate((img: HTMLImageElement) =>
    img.complete && img.naturalWidth > 0 ? null : new Promise((ok, fail) => ((img.onload = ok), (img.onerror = fail))),
  );
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SHOTS, 'demo_secretary-claims.png') });
  if (approve) {
    await review.locator('.at-button', { hasText: '通过' }).click();
  } else {
    await review.locator('.at-button', { hasText: '驳回' }).click();
    await review.locator('input[name=reason]').fill(reason ?? '');
    await review.locator('.at-button', { hasText: '确认驳回' }).click();
  }
  await review.waitFor({ state: 'detached' }); // decided: it leaves the queue
  await page.close();
}

describe('party-member points, as people use them', () => {
  it('a member claims with a photo, the secretary approves, and total, rank and star update', async () => {
    let member = await signIn(session, 'demo_member_a');
    const before = await pointsTab(member);
    await member.screenshot({ path: path.join(SHOTS, 'demo_member_a-points-before.png') });
    const points = await claim(member, '参加支部集中学习');
    assert.ok(points > 0);
    await member.close();

    await secretaryDecides('参加支部集中学习', true);

    member = await signIn(session, 'demo_member_a');
    const after = await pointsTab(member);
    assert.equal(after.total, before.total + points);
    await member.screenshot({ path: path.join(SHOTS, 'demo_member_a-points-after.png') });
    // The rank line and the star line reflect the new total (both are recomputed on the server).
    assert.match(after.rank, /支部排名 \d+ \/ \d+/);
    assert.match(after.stars, /★|暂未评星/);
    await member.close();
  });

  it('a rejected claim shows its reason to the member', async () => {
    let member = await signIn(session, 'demo_member_a');
    await pointsTab(member);
    await claim(member, '第二次学习');
    await member.close();

    await secretaryDecides('第二次学习', false, '照片看不清，请重新上传');

    member = await signIn(session, 'demo_member_a');
    await pointsTab(member);
    await current(member).getByText('我的申报').click();
    await current(member).getByText('已驳回').first().click();
    await current(member).getByText('驳回理由：照片看不清，请重新上传').waitFor();
    await member.screenshot({ path: path.join(SHOTS, 'demo_member_a-claim-rejected.png') });
    await member.close();
  });

  it('the secretary awards points to a member, who sees them on the 积分 tab', async () => {
    const db = session.cloud().db;
    const secretary = await signIn(session, 'demo_secretary');
    await current(secretary).getByText('积分审核', { exact: true }).click();
    await button(secretary, '加分/扣分').click();
    const form = current(secretary).locator('.award-form');
    await form.getByText('党员', { exact: true }).click();
    await secretary.getByText('确定', { exact: true }).filter({ visible: true }).click(); // the first member in the list
    const who = await form.locator('.at-list__item', { hasText: '党员' }).locator('.item-extra__info').innerText();
    await form.getByText('项目', { exact: true }).click();
    await secretary.getByText('确定', { exact: true }).filter({ visible: true }).click(); // the first item of the standard
    await form.locator('input[placeholder="党员会在消息中看到"]').fill('担任党员示范岗表现突出');
    const member = db.find('users', { name: who })[0]!;
    const before = db.find('pointTotals', { openid: member._id }).reduce((s, t) => s + (t['total'] as number), 0);
    await form.locator('.at-button', { hasText: '记入积分' }).click();
    await secretary.locator('.taro__toast').getByText(new RegExp(`已为${who}记`)).waitFor();
    const entry = db.find('pointLedger', { openid: member._id }).find((e) => e['reason'] === '担任党员示范岗表现突出')!;
    assert.ok(entry, 'an award entry with the reason');
    const after = db.find('pointTotals', { openid: member._id }).reduce((s, t) => s + (t['total'] as number), 0);
    assert.equal(after, before + (entry['points'] as number));
    await secretary.screenshot({ path: path.join(SHOTS, 'demo_secretary-award.png') });
    await secretary.close();

    // The member's own 积分 tab shows this year's total including the award.
    const yearTotal = db.find('pointTotals', { openid: member._id, year: entry['year'] })[0]!['total'] as number;
    const memberPage = await signIn(session, String(member._id));
    assert.equal((await pointsTab(memberPage)).total, yearTotal);
    await current(memberPage).getByText('担任党员示范岗表现突出').first().waitFor(); // among the recent entries
    await memberPage.close();
  });
});
