// What WeChat review reads from app.json about personal data: the privacy check is on, and the
// location APIs declared are exactly those the app calls (an undeclared one fails on the phone; a
// declared one never called, or getLocation beside getFuzzyLocation, fails review).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const LOCATION_APIS = ['getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate'];

/** The location APIs the app's sources call on Taro or wx. */
function calledLocationApis(): string[] {
  const files = fs.readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
  const found = new Set<string>();
  for (const f of files) {
    const text = fs.readFileSync(path.join(ROOT, 'src', f), 'utf8');
    for (const api of LOCATION_APIS) if (new RegExp(`(Taro|wx)\\.${api}\\(`).test(text)) found.add(api);
  }
  return [...found].sort();
}

describe('privacy declarations in app.json', () => {
  const app = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'weapp', 'app.json'), 'utf8')) as {
    __usePrivacyCheck__?: boolean;
    requiredPrivateInfos?: string[];
    permission?: Record<string, { desc: string }>;
  };

  it('turns on the privacy check', () => {
    assert.equal(app.__usePrivacyCheck__, true);
  });

  it('declares the location APIs the app calls, never two that exclude each other, each scope with its reason', () => {
    const called = calledLocationApis();
    const declared = [...(app.requiredPrivateInfos ?? [])].sort();
    for (const api of declared) assert.ok(called.includes(api), `${api} is declared but never called`);
    // getLocation may remain as the h5 fallback (browsers have no fuzzy location); weapp needs the fuzzy one declared.
    if (called.includes('getFuzzyLocation')) assert.ok(declared.includes('getFuzzyLocation'), 'getFuzzyLocation is called but not declared');
    if (called.includes('chooseLocation')) assert.ok(declared.includes('chooseLocation'), 'chooseLocation is called but not declared');
    assert.ok(!(declared.includes('getLocation') && declared.includes('getFuzzyLocation')), 'getLocation and getFuzzyLocation exclude each other');
    if (declared.includes('getFuzzyLocation')) assert.ok(app.permission?.['scope.userFuzzyLocation']?.desc, 'scope.userFuzzyLocation has no reason');
    if (declared.includes('getLocation')) assert.ok(app.permission?.['scope.userLocation']?.desc, 'scope.userLocation has no reason');
  });
});
