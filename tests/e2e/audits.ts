/**
 * Reusable checks for any page of the app (stations and brands run them on theirs):
 *   await expectTapTargets(page)          every tappable thing on screen is at least 44×44 CSS px
 *   await expectChineseText(page)         no Latin-letter word in what a person reads
 *   await useLargeType(page)              text at 1.5×, as in WeChat's large type
 *   await expectNoOverflow(page)          no text wider than its box
 * Each looks at what is on screen now: the current page, the title bar and the tab bar.
 * Mark a custom tappable View/Text with `data-tap` (taro-ui buttons, list rows and segments are found by class).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** What a finger hits: taro-ui controls by class, our own tappables by data-tap, native buttons and roles. */
export const TAPPABLE = [
  '.at-button',
  'button:not(.at-button__wxbutton)',
  '[role=button]',
  '[role=checkbox]',
  '[data-tap]',
  '.at-list__item',
  '.at-segmented-control__item',
  '.at-input__container',
  '.at-switch',
  '.taro-tabbar__tabbar-item',
  '.taro-navigation-bar-back',
  '.taro-navigation-bar-home',
].join(',');

/** Words allowed in Latin letters: abbreviations crews use, file types and sizes, proper nouns. Codes (HFLH26) are data, allowed by shape. */
export const LATIN_ALLOWED = new Set(['QR', 'MMSI', 'Wi-Fi', 'WiFi', 'VHF', 'AIS', 'GPS', 'APP', 'csv', 'xlsx', 'CSV', 'XLSX', 'MB', 'KB']);

/** Runs in the page: the elements that are on screen now (not hidden pages of the stack). */
const ON_SCREEN = `
  (el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const page = el.closest('.taro_page');
    if (page && !page.classList.contains('taro_page_stationed')) return false;
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return false;
    }
    const pages = [...document.querySelectorAll('.taro_page_stationed')].filter((p) => getComputedStyle(p).display !== 'none');
    return !page || page === pages[pages.length - 1];
  }
`;

export interface TapProblem {
  what: string;
  width: number;
  height: number;
}

/** Tappable elements on screen smaller than `min` CSS px in either direction. */
export async function smallTapTargets(page: Page, min = 44): Promise<TapProblem[]> {
  return page.evaluate(
    ({ selector, min, onScreen }) => {
      const visible = new Function(`return ${onScreen.trim()}`)() as (el: Element) => boolean;
      return Array.from(document.querySelectorAll(selector))
        .filter(visible)
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width + 0.5 < min || r.height + 0.5 < min)
        .map(({ el, r }) => ({
          what: `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).split(' ')[0]} "${(el as HTMLElement).innerText.trim().slice(0, 20)}"`,
          width: Math.round(r.width),
          height: Math.round(r.height),
        }));
    },
    { selector: TAPPABLE, min, onScreen: ON_SCREEN },
  );
}

export async function expectTapTargets(page: Page, where = ''): Promise<void> {
  const problems = await smallTapTargets(page);
  assert.deepEqual(problems, [], `tap targets under 44×44 ${where}: ${JSON.stringify(problems, null, 1)}`);
}

/** Latin-letter words in the text on screen (and in placeholders), less the allowed ones and codes. */
export async function latinWords(page: Page, allowed: ReadonlySet<string> = LATIN_ALLOWED): Promise<string[]> {
  const texts = await page.evaluate((onScreen) => {
    const visible = new Function(`return ${onScreen.trim()}`)() as (el: Element) => boolean;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'SVG'].includes(parent.tagName) || !n.textContent?.trim()) continue;
      if (visible(parent)) out.push(n.textContent);
    }
    for (const el of Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]'))) if (visible(el)) out.push(el.getAttribute('placeholder') ?? '');
    return out;
  }, ON_SCREEN);
  const words = texts.join(' ').match(/[A-Za-z][A-Za-z0-9-]*/g) ?? [];
  // Codes people type (invite and check-in codes like HFLH26) are data, not words.
  return [...new Set(words.filter((w) => !allowed.has(w) && !/^(?=.*\d)[A-Z0-9]{4,8}$/.test(w)))];
}

export async function expectChineseText(page: Page, where = ''): Promise<void> {
  assert.deepEqual(await latinWords(page), [], `Latin words on screen ${where}`);
}

/**
 * WeChat's large type, 1.5×. The h5 build sizes everything in rem from the root font-size that
 * Taro's pxtransform script sets (20px on a 375 px screen: 1 design px = 0.025 rem), so a root of
 * 30px makes text 1.5× — and the boxes with it, a harder test than WeChat, which grows the text alone.
 */
export async function useLargeType(page: Page, scale = 1.5): Promise<void> {
  await page.evaluate((scale) => {
    // Taro's script sets the root size inline; our rule wins over it and is replaced, never stacked.
    const base = parseFloat(document.documentElement.style.fontSize) || 20;
    let style = document.getElementById('large-type');
    if (!style) {
      style = document.createElement('style');
      style.id = 'large-type';
      document.head.appendChild(style);
    }
    style.textContent = `html { font-size: ${base * scale}px !important; }`;
  }, scale);
  await page.waitForTimeout(200);
}

/** Text wider than its box (scrollWidth > clientWidth) on screen: clipped, cut off with …, or spilling out. */
export async function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate((onScreen) => {
    const visible = new Function(`return ${onScreen.trim()}`)() as (el: Element) => boolean;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!ownText || el.closest('svg, .qr-code') || !visible(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') {
        out.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${el.innerText.trim().slice(0, 24)}" ${el.scrollWidth}>${el.clientWidth}`);
      }
    }
    return out;
  }, ON_SCREEN);
}

export async function expectNoOverflow(page: Page, where = ''): Promise<void> {
  assert.deepEqual(await overflowingText(page), [], `text wider than its box ${where}`);
}
