import Taro from '@tarojs/taro';
import { utf8Bytes } from './bytes';
import { storageScope } from './scope';

/**
 * The persistent read cache: the last answer of each read, kept in Taro storage so a page
 * renders at once (offline too) and then refreshes.
 *
 * Keys: `rs.cache.v<VERSION>.<scope>.<key>` — bump VERSION when a stored shape changes and the
 * old copies are never read again (and swept on start); <scope> is the user (./scope.ts).
 * Size: WeChat allows 10 MB per mini-program and 1 MB per key, so an entry over ENTRY_BYTES is
 * not kept, and the least recently used entries go once all of them pass TOTAL_BYTES.
 */
export const CACHE_VERSION = 1;
export const CACHE_LIMITS = { entryBytes: 256 * 1024, totalBytes: 3 * 1024 * 1024 };

const PREFIX = 'rs.cache.';
const ROOT = `${PREFIX}v${CACHE_VERSION}.`;
const INDEX_KEY = `${ROOT}index`;

export interface Cached<T> {
  data: T;
  /** When the server gave this answer (ms since epoch). */
  savedAt: number;
}

interface Stored<T> extends Cached<T> {
  v: number;
}

/** fullKey → size and last use, for eviction. */
type Index = Record<string, { bytes: number; usedAt: number }>;

let index: Index | null = null;

function loadIndex(): Index {
  if (!index) {
    const raw = safeGet(INDEX_KEY);
    index = raw && typeof raw === 'object' ? (raw as Index) : {};
  }
  return index;
}

function safeGet(key: string): unknown {
  try {
    return Taro.getStorageSync(key);
  } catch {
    return undefined;
  }
}

function fullKey(key: string): string | null {
  const scope = storageScope();
  return scope ? `${ROOT}${scope}.${key}` : null;
}

/** The stored copy for this user, or null (none, another version, or signed out). */
export function readCache<T>(key: string): Cached<T> | null {
  const k = fullKey(key);
  if (!k) return null;
  const stored = safeGet(k) as Stored<T> | '' | undefined;
  if (!stored || typeof stored !== 'object' || stored.v !== CACHE_VERSION) return null;
  const entry = loadIndex()[k];
  if (entry) entry.usedAt = Date.now(); // kept in memory; saved with the next write
  return { data: stored.data, savedAt: stored.savedAt };
}

/** Keeps `data` as this user's copy of `key`; too large a copy is simply not kept. */
export function writeCache<T>(key: string, data: T, savedAt = Date.now()): void {
  const k = fullKey(key);
  if (!k) return;
  const value: Stored<T> = { v: CACHE_VERSION, savedAt, data };
  const bytes = utf8Bytes(k) + utf8Bytes(JSON.stringify(value));
  const idx = loadIndex();
  if (bytes > CACHE_LIMITS.entryBytes) {
    remove(k, idx);
    saveIndex(idx);
    return;
  }
  idx[k] = { bytes, usedAt: Date.now() };
  evict(idx, k);
  try {
    Taro.setStorageSync(k, value);
  } catch {
    // Storage full (other data of the app): make room once, then give up quietly — the page still works.
    evict(idx, k, CACHE_LIMITS.totalBytes / 2);
    try {
      Taro.setStorageSync(k, value);
    } catch {
      remove(k, idx);
    }
  }
  saveIndex(idx);
}

/** Drops the least recently used entries (never `keep`) until the total fits `limit`. */
function evict(idx: Index, keep: string, limit = CACHE_LIMITS.totalBytes): void {
  let total = Object.values(idx).reduce((s, e) => s + e.bytes, 0);
  const oldest = Object.keys(idx)
    .filter((k) => k !== keep)
    .sort((a, b) => idx[a]!.usedAt - idx[b]!.usedAt);
  for (const k of oldest) {
    if (total <= limit) break;
    total -= idx[k]!.bytes;
    remove(k, idx);
  }
}

function remove(k: string, idx: Index): void {
  delete idx[k];
  try {
    Taro.removeStorageSync(k);
  } catch {
    // already gone
  }
}

function saveIndex(idx: Index): void {
  try {
    Taro.setStorageSync(INDEX_KEY, idx);
  } catch {
    // the index is rebuilt from what is written next
  }
}

/** On start: removes copies written under another cache version, which will never be read. */
export function sweepOldCacheVersions(): void {
  let keys: string[] = [];
  try {
    keys = Taro.getStorageInfoSync().keys;
  } catch {
    return;
  }
  for (const k of keys) if (k.startsWith(PREFIX) && !k.startsWith(ROOT)) Taro.removeStorageSync(k);
}

/** Tests: forget the in-memory index (as after a restart). */
export function resetCacheMemory(): void {
  index = null;
}
