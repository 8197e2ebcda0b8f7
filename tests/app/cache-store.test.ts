import Taro from '@tarojs/taro';
import { CACHE_LIMITS, CACHE_VERSION, readCache, sweepOldCacheVersions, writeCache } from '../../src/offline/cache-store';
import { ageText, isStale } from '../../src/components/data-age/age';
import { freshStorage, restart, signInAs } from './offline-helpers';

beforeEach(() => {
  freshStorage();
  signInAs('demo_member_a');
});

describe('the read cache', () => {
  it('gives back what was stored, with when the server said it, after a restart too', () => {
    writeCache('points.summary:[]', { total: 49 }, 1_000);
    restart();
    expect(readCache('points.summary:[]')).toEqual({ data: { total: 49 }, savedAt: 1_000 });
  });

  it('is versioned: a copy written by another cache version is never read, and is swept on start', () => {
    Taro.setStorageSync(`rs.cache.v${CACHE_VERSION - 1 || 99}.demo_member_a.points.summary:[]`, { v: 0, savedAt: 1, data: { total: 1 } });
    Taro.setStorageSync(`rs.cache.v${CACHE_VERSION}.demo_member_a.points.gap:[]`, { v: CACHE_VERSION + 1, savedAt: 1, data: {} });
    expect(readCache('points.summary:[]')).toBeNull();
    expect(readCache('points.gap:[]')).toBeNull(); // right key, wrong shape version
    sweepOldCacheVersions();
    expect(Taro.getStorageInfoSync().keys.filter((k) => k.startsWith('rs.cache.') && !k.startsWith(`rs.cache.v${CACHE_VERSION}.`))).toEqual([]);
  });

  it('keeps each person apart: one persona never sees another’s copy', () => {
    writeCache('points.summary:[]', { total: 49 });
    signInAs('demo_member_b');
    expect(readCache('points.summary:[]')).toBeNull();
    writeCache('points.summary:[]', { total: 7 });
    signInAs('demo_member_a');
    expect(readCache<{ total: number }>('points.summary:[]')?.data.total).toBe(49);
  });

  it('keeps nothing for nobody: signed out, nothing is read or written', () => {
    Taro.removeStorageSync('redsail.session');
    writeCache('points.summary:[]', { total: 1 });
    expect(Taro.getStorageInfoSync().keys.filter((k) => k.startsWith('rs.cache.'))).toEqual([]);
  });

  it('does not keep a copy over the per-entry cap (WeChat allows 1 MB a key)', () => {
    writeCache('big:[]', 'x'.repeat(CACHE_LIMITS.entryBytes + 1));
    expect(readCache('big:[]')).toBeNull();
  });

  it('evicts the least recently used copies once all of them pass the total cap', () => {
    const chunk = 'x'.repeat(Math.floor(CACHE_LIMITS.entryBytes * 0.9));
    const fit = Math.floor(CACHE_LIMITS.totalBytes / (chunk.length + 200)); // what fits with room for key and wrapper
    const now = jest.spyOn(Date, 'now');
    let t = 1_000;
    for (let i = 0; i < fit; i++) {
      now.mockReturnValue(t++);
      writeCache(`page${i}:[]`, chunk);
    }
    now.mockReturnValue(t++);
    readCache('page0:[]'); // page0 is used again: page1 and page2 are now the oldest
    const count = fit + 2;
    for (let i = fit; i < count; i++) {
      now.mockReturnValue(t++);
      writeCache(`page${i}:[]`, chunk);
    }
    now.mockRestore();
    expect(readCache('page0:[]')).not.toBeNull();
    expect(readCache('page1:[]')).toBeNull();
    expect(readCache('page2:[]')).toBeNull();
    expect(readCache(`page${count - 1}:[]`)).not.toBeNull();
    const stored = Taro.getStorageInfoSync().keys.filter((k) => k.includes('.page'));
    const total = stored.length * chunk.length;
    expect(total).toBeLessThanOrEqual(CACHE_LIMITS.totalBytes);
  });

  it('says how old a copy is once it is older than a few minutes', () => {
    const now = Date.parse('2026-11-30T08:00:00+08:00');
    expect(isStale(now - 60_000, now)).toBe(false);
    expect(isStale(now - 5 * 60_000, now)).toBe(true);
    expect(ageText(now - 5 * 60_000, now)).toBe(' 5 分钟前');
    expect(ageText(now - 3 * 3600_000, now)).toBe(' 3 小时前');
  });
});
