import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { button, current, e2eSession, openTab, pointsTab, SHOTS, signIn } from './harness';

const session = e2eSession();
const TITLE = '水上安全知识进校园（第二期）';

async function openActivity(openid: string, activityId: string): Promise<Page> {
  const page = await signIn(session, openid);
  await openTab(page, '志愿');
  await current(page).locator(`[data-activity="${activityId}"]`).getByText(TITLE).click();
  await current(page).locator('.activity-detail__title').waitFor();
  return page;
}

const signupButton = (page: Page) => current(page).locator('.activity-detail .signup-button');

/** Waits for the sign-up button to read `label`, then taps it (the button, not its label: see harness.button). */
async function tapSignup(page: Page, label: string | RegExp): Promise<void> {
  await signupButton(page).filter({ hasText: label }).waitFor();
  await signupButton(page).click();
}

describe('volunteer activity, the whole journey', () => {
  it('posts, signs up two, promotes the waitlisted one, checks in by code, closes, and credits points', async () => {
    // The secretary posts an activity for all party members with one seat and a waitlist.
    const secretary = await signIn(session, 'demo_secretary');
    await openTab(secretary, '志愿');
    await button(secretary, '发布活动').click();
    const form = current(secretary);
    await form.locator('input[placeholder="如：水上安全知识进校园"]').fill(TITLE);
    await form.locator('input[placeholder="如：任城区实验小学"]').fill('济宁市任城区实验小学');
    await form.locator('input[placeholder="0 为不限"]').fill('1');
    await form.locator('textarea').fill('为小学生讲解防溺水与水上交通安全知识。');
    await current(secretary).locator('.at-button').filter({ hasText: /^\s*发布\s*$/ }).click();
    await secretary.waitForURL(/volunteer\/pages\/detail/);
    const activityId = new URL(secretary.url().replace('#', '')).searchParams.get('id')!;
    assert.ok(activityId);
    await secretary.close();

    const memberB = await signIn(session, 'demo_member_b'); // another branch: the audience is all members
    const before = (await pointsTab(memberB)).total;
    await memberB.close();

    // Two members sign up for one seat: the second waits.
    const a = await openActivity('demo_member_a', activityId);
    await tapSignup(a, /^\s*报名\s*$/);
    await signupButton(a).getByText(/已报名/).waitFor();
    const b = await openActivity('demo_member_b', activityId);
    await tapSignup(b, '报名候补');
    await signupButton(b).getByText(/候补第1位/).waitFor();
    await b.screenshot({ path: path.join(SHOTS, 'demo_member_b-waitlisted.png') });

    // The first cancels; the waitlisted one is promoted.
    await tapSignup(a, /已报名/);
    await a.locator('.taro-model__confirm', { hasText: '取消报名' }).filter({ visible: true }).click();
    await signupButton(a).getByText('报名候补').or(signupButton(a).getByText('已满')).waitFor();
    await a.close();
    await b.reload();
    await signupButton(b).getByText(/已报名/).waitFor();

    // A week passes: the activity is under way. The test moves the clock in the store (the activity
    // and the enrollments' copies of its times), since the app cannot be made to wait a week.
    const db = session.cloud().db;
    const now = Date.now();
    const times = { startAt: new Date(now - 120 * 60_000), endAt: new Date(now + 60 * 60_000) };
    const move = { multi: true, merge: true, upsert: false };
    db.modify('activities', { _id: activityId }, { $set: times }, move);
    db.modify('enrollments', { activityId }, { $set: times }, move);

    // The organiser shows the code; the member types it to check in and out.
    const organiser = await openActivity('demo_secretary', activityId);
    await current(organiser).getByText('签到二维码').click();
    const code = await current(organiser).getByTestId('checkin-code').innerText();
    assert.match(code, /^[A-Z0-9]{6}$/);
    await organiser.screenshot({ path: path.join(SHOTS, 'demo_secretary-checkin-code.png') });
    await b.reload();
    await current(b).locator('input[placeholder="组织者展示的 6 位码"]').fill(code);
    await button(b, '签到').click();
    await current(b).getByText(/已签到/).waitFor();
    // 90 minutes of service pass before the member checks out.
    db.modify('enrollments', { _id: `${activityId}_demo_member_b` }, { $set: { checkedInAt: new Date(now - 90 * 60_000) } }, move);
    await current(b).locator('input[placeholder="组织者展示的 6 位码"]').fill(code);
    await button(b, '签退').click();
    await current(b).getByText(/已签退/).waitFor();
    await b.close();

    // The organiser closes the activity: hours and points are credited.
    await organiser.goBack();
    await current(organiser).getByText('结束活动', { exact: true }).click();
    await organiser.locator('.taro-model__confirm', { hasText: '结束活动' }).filter({ visible: true }).click();
    await current(organiser).getByText(/已结束/).first().waitFor();
    await organiser.close();

    const after = await signIn(session, 'demo_member_b');
    const total = (await pointsTab(after)).total;
    const points = db.find('activities', { _id: activityId })[0]!['points'] as number;
    assert.ok(points > 0);
    assert.equal(total, before + points, 'the activity points appear on the 积分 tab, once');
    const enrollment = db.find('enrollments', { _id: `${activityId}_demo_member_b` })[0]!;
    assert.equal(enrollment['hours'], 1.5, '90 minutes of service, rounded down to half hours');
    await after.screenshot({ path: path.join(SHOTS, 'demo_member_b-points-after-activity.png') });
    await after.close();
  });
});
