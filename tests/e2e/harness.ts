import { after, before } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startLocalCloud, type LocalCloud } from '../../cloud/local/server';
import { launchChromium } from './chromium';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SHOTS = path.join(ROOT, 'screenshots');

/** One local cloud (seeded, strict indexes) serving dist/h5, and one browser, per test file. */
export function e2eSession(): { cloud: () => LocalCloud; browser: () => Browser } {
  let cloud: LocalCloud;
  let browser: Browser;
  before(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist/h5/index.html'))) throw new Error('dist/h5 missing: run `npm run build:h5`');
    cloud = await startLocalCloud({
      dataDir: null,
      functionsDir: path.join(ROOT, 'cloud/functions'),
      h5Dir: path.join(ROOT, 'dist/h5'),
      devLogin: true,
      seedDemo: true,
      strictIndexes: true,
      log: () => {},
    });
    browser = await launchChromium();
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await cloud?.close();
  });
  return { cloud: () => cloud, browser: () => browser };
}

/** A fresh phone-sized page, signed in as the persona through the sign-in screen. */
export async function signIn(session: ReturnType<typeof e2eSession>, openid: string, phone: BrowserContextOptions = {}): Promise<Page> {
  // A phone in China: times show as the people using the app see them. `phone` adds e.g. a position.
  const page = await session.browser().newPage({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
    ...phone,
  });
  await page.goto(`${session.cloud().url}/#/pages/login/index`);
  await page.locator(`[data-openid="${openid}"]`).click();
  await page.waitForURL(/pages\/me\/index/);
  await page.getByText('完善资料').waitFor();
  return page;
}

export async function openTab(page: Page, label: string): Promise<void> {
  await page.locator('.taro-tabbar__tabbar').getByText(label, { exact: true }).click();
  await page.waitForTimeout(300); // let the route change settle before a screenshot
}

export const text = (page: Page) => page.locator('body').innerText();

/** taro-ui's AtButton on h5 lays a transparent native button over its label: click the button itself. */
export const button = (page: Page, label: string) => page.locator('.at-button', { hasText: label });

/** The page on screen now (Taro keeps earlier pages of the stack, hidden, in the DOM). */
export const current = (page: Page) => page.locator('.taro_page_stationed:visible').last();

/** The 积分 tab as the member sees it: this year's total, the star line, the branch rank line. */
export async function pointsTab(page: Page): Promise<{ total: number; stars: string; rank: string }> {
  await openTab(page, '积分');
  const total = current(page).getByTestId('points-total');
  await total.waitFor();
  return {
    total: Number(await total.innerText()),
    stars: await current(page).getByTestId('points-stars').innerText(),
    rank: await current(page).getByTestId('branch-rank').innerText(),
  };
}

/** Waits until the h5 service worker controls the page, with the whole build precached. */
export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && !!navigator.serviceWorker.controller;
  });
}

/** Makes the stored copy of a read look `minutes` old, as if it were fetched that long ago. */
export async function ageStoredCopy(page: Page, keyPart: string, minutes: number): Promise<void> {
  await page.evaluate(
    ({ keyPart, ms }) => {
      for (const k of Object.keys(localStorage)) {
        if (!k.startsWith('rs.cache.') || !k.includes(keyPart)) continue;
        const wrapped = JSON.parse(localStorage.getItem(k)!); // Taro h5 stores { data: value }
        wrapped.data.savedAt -= ms;
        localStorage.setItem(k, JSON.stringify(wrapped));
      }
    },
    { keyPart, ms: minutes * 60_000 },
  );
}

/** Calls a cloud function as a persona through the local cloud's HTTP API (what their app would get). */
export async function apiAs(session: ReturnType<typeof e2eSession>, openid: string, fn: string, action: string, data?: unknown): Promise<any> {
  const base = session.cloud().url;
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid }) });
  const { data: session_ } = (await login.json()) as { data: { token: string } };
  const res = await fetch(`${base}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session_.token}` },
    body: JSON.stringify({ action, data }),
  });
  const body = (await res.json()) as { ok: boolean; data?: unknown; message?: string };
  if (!body.ok) throw new Error(body.message);
  return body.data;
}
