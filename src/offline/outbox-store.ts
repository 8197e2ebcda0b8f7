import Taro from '@tarojs/taro';
import { storageScope } from './scope';

/**
 * The outbox as stored: this user's writes waiting for the network, in the order they were made.
 * Kept under its own key (never evicted like the read cache) so it survives a restart.
 */
export interface OutboxFile {
  /** The photo on the phone (a kept file, see keep-file.ts), until it is uploaded. */
  local?: string;
  /** Its cloud storage id once uploaded: a resend never uploads it again. */
  uploaded?: string;
}

export interface OutboxEntry {
  /** The client request id: the same on every resend, so the server does the write once. */
  id: string;
  /** Which sender sends it, e.g. 'points.claim'. */
  kind: string;
  input: unknown;
  files: OutboxFile[];
  createdAt: number;
  attempts: number;
  /** waiting: sent when the network is back; refused: the server answered no (the reason is kept). */
  status: 'waiting' | 'refused';
  error?: string;
}

const VERSION = 1;
const listeners = new Set<() => void>();
let memo: { key: string; entries: OutboxEntry[] } | null = null;

function storageKey(): string | null {
  const scope = storageScope();
  return scope ? `rs.outbox.v${VERSION}.${scope}` : null;
}

export function readOutbox(): OutboxEntry[] {
  const key = storageKey();
  if (!key) return [];
  if (memo?.key !== key) {
    let stored: unknown;
    try {
      stored = Taro.getStorageSync(key);
    } catch {
      stored = undefined;
    }
    memo = { key, entries: Array.isArray(stored) ? (stored as OutboxEntry[]) : [] };
  }
  return memo.entries;
}

function write(entries: OutboxEntry[]): void {
  const key = storageKey();
  if (!key) return;
  Taro.setStorageSync(key, entries); // throws when storage is full: the caller tells the person
  memo = { key, entries };
  listeners.forEach((l) => l());
}

export function putEntry(entry: OutboxEntry): void {
  const rest = readOutbox().filter((e) => e.id !== entry.id);
  const at = readOutbox().findIndex((e) => e.id === entry.id);
  write(at < 0 ? [...rest, entry] : [...rest.slice(0, at), entry, ...rest.slice(at)]);
}

export function removeEntry(id: string): void {
  write(readOutbox().filter((e) => e.id !== id));
}

export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tests: forget what was read (as after a restart). */
export function resetOutboxMemory(): void {
  memo = null;
}
