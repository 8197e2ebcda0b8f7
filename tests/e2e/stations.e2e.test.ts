import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { chinaDate, chinaInstant } from '../../contracts/stations-hours';
import { BOOKINGS, SLOTS, slotId } from '../../cloud/core/stations/slot-docs';
import { apiAs, button, current, e2eSession, openTab, serviceWorkerReady, SHOTS, signIn } from './harness';

const session = e2eSession();
const CREW = 'demo_crew'; // 张海生
const STAFF = 'demo_staff'; // 孙丽, “济舟港湾”红色驿站
/** On the 长江 below 九江, upstream of 安庆 (open around the clock in the demo). */
const ON_THE_YANGTZE = { latitude: 29.9, longitude: 116.3 };

/** Counts what the person taps, so a journey can say how many it took. */
function tapCounter() {
  let taps = 0;
  return {
    tap: async (l: Locator) => {
      await l.click();
      taps++;
    },
    get taps() {
      return taps;
    },
  };
}

const chip = (page: Page, label: string) => current(page).locator('.chips__chip', { hasText: label }).first();

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SHOTS, `stations-${name}.png`) });
}

describe('crew stations in the browser', () => {
  it('crew finds the nearest open station offering 健康问诊 and reaches its call button in 3 taps', async () => {
    const page = await signIn(session, CREW, { geolocation: ON_THE_YANGTZE, permissions: ['geolocation'] });
    const { tap, ...count } = tapCounter();
    await tap(page.locator('.taro-tabbar__tabbar').getByText('驿站', { exact: true }));
    await current(page).getByText('按离你的距离排序（大致位置）').waitFor();
    await tap(chip(page, '营业中'));
    await tap(chip(page, '健康问诊'));

    // What the server calls nearest, open now and offering the service, is the first row.
    const expected = (await apiAs(session, CREW, 'stations', 'nearby', { lat: 29.9, lng: 116.3, serviceId: 'health', openNow: true }))[0];
    assert.equal(expected.id, 'st_anqing');
    const row = current(page).getByTestId('station-row').first();
    await row.getByText(expected.name).waitFor();
    await row.getByText(/^营业中/).waitFor();
    const call = row.locator('.station-row__call');
    assert.match(await call.innerText(), /拨打服务区值班/);
    assert.ok(await call.isVisible());
    assert.ok(count.taps <= 3, `${count.taps} taps`);
    // Every row offered is open now.
    for (const status of await current(page).getByTestId('station-row').getByTestId('station-status').allInnerTexts()) assert.match(status, /^营业中/);
    await shot(page, 'nearby-health');
    await page.close();
  });

  it('crew books a slot and sees the code; staff confirms it and checks it by code; crew sees it confirmed, then used', async () => {
    const seeded: Array<{ date: string }> = (await apiAs(session, CREW, 'stations', 'myBookings', { when: 'upcoming' })).items;
    const crew = await signIn(session, CREW);
    await openTab(crew, '驿站');
    await current(crew).locator('input[placeholder="驿站或港口"]').fill('济舟');
    await button(crew, '搜索').click();
    await current(crew).getByTestId('station-row').getByText('“济舟港湾”红色驿站').click();
    await crew.waitForURL(/stations\/pages\/station/);
    await shot(crew, 'station');
    await button(crew, '预约证书办理帮办').click();
    await crew.waitForURL(/stations\/pages\/book/);

    // A day with a free slot other than the day 张海生 already holds one (one a day per service).
    const days = current(crew).locator('.slot-picker .chips__chip');
    await days.first().waitFor();
    let picked = false;
    for (let i = 0; i < (await days.count()) && !picked; i++) {
      await days.nth(i).click();
      const slot = current(crew).locator('[data-tap="slot"]').first();
      if (!(await slot.count())) continue;
      const taken = await Promise.all(seeded.map((b) => days.nth(i).innerText().then((t) => t.startsWith(dayChip(b.date)))));
      if (taken.some(Boolean)) continue;
      await slot.click();
      picked = true;
    }
    assert.ok(picked, 'a day with a free slot');
    await current(crew).locator('input[placeholder="驿站联系你用"]').fill('13900000001');
    await shot(crew, 'book');
    await button(crew, '提交预约').click();
    await crew.waitForURL(/stations\/pages\/booking/);
    const code = await current(crew).getByTestId('booking-code').innerText();
    assert.match(code, /^[A-Z0-9]{6}$/);
    assert.equal(await current(crew).getByTestId('booking-status').innerText(), '预约成功');
    await shot(crew, 'booking');
    const bookingId = new URL(crew.url().replace('#', '')).searchParams.get('id')!;

    moveToToday(bookingId);

    // 孙丽 opens 驿站管理 from 我的, confirms the booking on today's board, then checks the code.
    const staff = await signIn(session, STAFF);
    await current(staff).getByText('驿站管理', { exact: true }).click();
    await staff.waitForURL(/admin\/pages\/station\/index/);
    const card = current(staff).getByTestId('board-booking').filter({ hasText: code });
    await card.waitFor();
    await card.locator('.at-button', { hasText: '确认' }).click();
    await card.getByText('驿站已确认').waitFor();

    await crew.reload();
    await current(crew).getByTestId('booking-status').getByText('预约成功 · 驿站已确认').waitFor();

    await current(staff).locator('input[placeholder="6 位字母或数字"]').fill(code);
    await current(staff).locator('.at-button', { hasText: /^\s*核销\s*$/ }).first().click();
    await current(staff).getByTestId('verify-result').getByText(/^核销成功：张海生 1 人/).waitFor();
    await shot(staff, 'console');
    // The same code again is refused and reported.
    await current(staff).locator('input[placeholder="6 位字母或数字"]').fill(code);
    await current(staff).locator('.at-button', { hasText: /^\s*核销\s*$/ }).first().click();
    await current(staff).getByTestId('verify-result').getByText(/本次为重复使用/).waitFor();
    await staff.close();

    await crew.reload();
    await current(crew).getByTestId('booking-status').getByText('已核销').waitFor();
    await crew.goto(`${session.cloud().url}/#/pages/me/index`);
    await current(crew).getByText('我的预约', { exact: true }).click();
    await crew.waitForURL(/my-bookings/);
    // Under 即将到来 until its slot is well past, then under 往期.
    await current(crew).getByText(/证书办理帮办/).first().waitFor();
    if (!(await current(crew).getByText(/已核销/).count())) await current(crew).getByText('往期', { exact: true }).click();
    await current(crew).getByText(/已核销/).first().waitFor();
    await shot(crew, 'my-bookings');
    await crew.close();
  });

  it('crew adds a certificate expiring within 90 days and sees its reminder and the stations that can help', async () => {
    const before = (await apiAs(session, CREW, 'certificates', 'reminders', {})) as unknown[];
    const page = await signIn(session, CREW);
    await openTab(page, '驿站');
    await button(page, '我的证书').click();
    await page.waitForURL(/certificates\/index/);
    await current(page).getByTestId('reminder').first().waitFor();
    await button(page, '添加证书').click();
    await page.waitForURL(/certificate-edit/);
    const form = current(page);
    await form.locator('input[placeholder="字母、数字或连字符"]').fill('E20261130');
    await form.getByText('签发日期').click();
    await confirmPicker(page); // today
    await form.getByText('到期日期').click();
    await dragColumn(page, 1, 2); // the month column: a month or two on, within the 90-day reminder
    await confirmPicker(page);
    const expiry = await form.locator('.at-list__item', { hasText: '到期日期' }).locator('.item-extra__info').innerText();
    assert.notEqual(expiry, chinaDate(Date.now()));
    await shot(page, 'certificate-edit');
    await button(page, '保存').click();
    await page.waitForURL(/certificates\/index/);

    const reminders = current(page).getByTestId('reminder');
    await reminders.nth(before.length).waitFor();
    assert.equal(await reminders.count(), before.length + 1);
    await current(page).getByTestId('reminder').filter({ hasText: '海员证' }).filter({ hasText: /还有 \d+ 天/ }).first().waitFor();
    const helpers = current(page).getByTestId('cert-help-stations');
    await helpers.getByText('“济舟港湾”红色驿站').waitFor();
    // The owner sees the number masked until they tap 显示.
    const added = current(page).getByTestId('certificate').filter({ hasText: /E202(\*{4}|6)1130/ });
    await added.getByText('显示', { exact: true }).click();
    await added.getByText('编号 E20261130').waitFor();
    await shot(page, 'certificates');
    await helpers.getByText('“济舟港湾”红色驿站').click();
    await page.waitForURL(/stations\/pages\/station/);
    await current(page).getByText('证书办理帮办').first().waitFor();
    await page.close();
  });

  it('staff post a temporary closure; crew see it on the station page until staff reopen', async () => {
    const staff = await signIn(session, STAFF);
    await current(staff).getByText('驿站管理', { exact: true }).click();
    await current(staff).getByText('临时关闭与开放时间').click();
    await staff.waitForURL(/station-hours/);
    await current(staff).locator('input[placeholder="如 大风停航"]').fill('大风停航');
    await button(staff, '临时关闭').click();
    await current(staff).getByText('临时关闭中').waitFor();
    await shot(staff, 'closure');

    const crew = await signIn(session, CREW);
    await crew.goto(`${session.cloud().url}/#/packages/stations/pages/station/index?id=st_jizhou`);
    await current(crew).getByText(/^临时关闭：大风停航，预计 .+ 恢复$/).waitFor();
    await current(crew).getByTestId('station-status').first().getByText(/^临时关闭/).waitFor();

    await button(staff, '现在恢复开放').click();
    await current(staff).locator('input[placeholder="如 大风停航"]').waitFor(); // the form again: open
    await staff.close();
    await crew.reload();
    await current(crew).locator('.station-page__name').waitFor();
    // The stored copy may show first; the fresh one has no closure.
    await current(crew).getByText(/^临时关闭：/).waitFor({ state: 'detached' });
    await current(crew).getByTestId('station-status').first().getByText(/^营业中|^已关门/).waitFor();
    await crew.close();
  });

  it('the org admin makes a crew member staff of a station from a search by name, and 我的 then offers 驿站管理', async () => {
    const admin = await signIn(session, 'demo_admin');
    await current(admin).getByText('驿站与工作人员', { exact: true }).click();
    await admin.waitForURL(/admin\/pages\/stations/);
    await current(admin).locator('input[placeholder="姓名开头或完整手机号"]').fill('张');
    await button(admin, '查找').click();
    const found = current(admin).getByTestId('person-row').filter({ hasText: '张海生' });
    await found.getByText(/^船员/).waitFor(); // crew of no organisation are listed too
    await found.locator('.at-button', { hasText: '设为本站工作人员' }).click();
    await current(admin).getByText('“济舟港湾”红色驿站 的工作人员').locator('..').getByText('张海生').waitFor();
    await shot(admin, 'org-stations');
    await admin.close();

    const crew = await signIn(session, CREW);
    await current(crew).getByText('驿站管理', { exact: true }).click();
    await crew.waitForURL(/admin\/pages\/station\/index/);
    await current(crew).getByText('“济舟港湾”红色驿站').first().waitFor();
    await crew.close();
  });

  it('the hotline page opens with no network, 12395 first, with what to say', async () => {
    const page = await signIn(session, CREW, { geolocation: ON_THE_YANGTZE, permissions: ['geolocation'] });
    await openTab(page, '驿站');
    await current(page).getByText('按离你的距离排序（大致位置）').waitFor(); // the position is kept on the phone
    await serviceWorkerReady(page);
    await page.context().setOffline(true);
    await page.reload();
    await openTab(page, '驿站');
    await current(page).getByText('求助电话与报警要点 ›').click();
    await page.waitForURL(/hotlines/);
    const hotlines = current(page);
    await hotlines.getByTestId('offline-banner').waitFor();
    await hotlines.locator('.hotline-button--big').getByText('12395').waitFor();
    for (const [i, label] of ['船名', '位置', '船上人数', '险情'].entries()) await hotlines.getByText(`${i + 1}. ${label}`).waitFor();
    await hotlines.getByTestId('last-position').getByText(/最近一次定位：北纬 29\.9000° 东经 116\.3000°/).waitFor();
    await hotlines.getByText('长江海事服务电话').waitFor();
    await shot(page, 'hotlines-offline');
    await page.close();
  });
});

/**
 * The day comes: the test moves a booking and its slot (seats and holders as they are) to today in
 * the store — a code is checked on its own day, and the app cannot wait for it. Today's empty slot
 * at that time, generated when the days were looked at, makes way.
 */
function moveToToday(bookingId: string): void {
  const db = session.cloud().db;
  const today = chinaDate(Date.now());
  const [b] = db.find(BOOKINGS, { _id: bookingId });
  const [s] = db.find(SLOTS, { _id: b!['slotId'] });
  const start = String(s!['start']);
  const id = slotId(String(s!['stationId']), String(s!['serviceId']), today, start);
  const [empty] = db.find(SLOTS, { _id: id });
  assert.ok(!empty || (empty['holders'] as unknown[]).length === 0, 'today’s slot is empty');
  db.remove(SLOTS, { _id: id }, { multi: false });
  db.remove(SLOTS, { _id: s!['_id'] }, { multi: false });
  const at = (hhmm: string) => new Date(chinaInstant(today, hhmm));
  db.insert(SLOTS, [{ ...s, _id: id, date: today, startAt: at(start), endAt: at(String(s!['end'])) }]);
  db.modify(BOOKINGS, { _id: bookingId }, { $set: { slotId: id, date: today, startAt: at(start) } }, { multi: false, merge: true, upsert: false });
}

/** The slot picker's day chip starts with 5月3日 for 2026-05-03. */
function dayChip(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/** Taro's h5 picker: its 确定. */
async function confirmPicker(page: Page): Promise<void> {
  await page.locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).click();
  await page.waitForTimeout(400);
}

/** Drags one column of the open h5 picker up by `rows` rows (34 px each in Taro's picker). */
async function dragColumn(page: Page, column: number, rows: number): Promise<void> {
  const group = page.locator('.weui-picker__group').filter({ visible: true }).nth(column);
  await group.waitFor();
  await page.waitForTimeout(600); // the sheet slides up first
  const box = (await group.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x, y - (rows * 34 * i) / 10);
  await page.mouse.up();
  await page.waitForTimeout(300);
}
