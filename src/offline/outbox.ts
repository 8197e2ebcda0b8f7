import { useSyncExternalStore } from 'react';
import { ApiCallError, toApiCallError } from '@/api/errors';
import { dropFile, keepFile } from './keep-file';
import { isOnline } from './network';
import { putEntry, readOutbox, removeEntry, subscribeOutbox, type OutboxEntry } from './outbox-store';

/**
 * Writes that survive a dropped signal. A write is stored first, then sent; it leaves the outbox
 * only once the server has answered, and every resend carries the same request id, so it happens
 * once. While the network is gone it waits, marked 待发送, and goes when the network is back,
 * the app starts or is shown again (see start.ts).
 *
 * Each kind of write registers a sender (features/<x>/…-outbox.ts) and declares its types here:
 *   declare module '@/offline/outbox' { interface OutboxKinds { 'points.claim': { input: ClaimDraft; result: Claim } } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface OutboxKinds {}
export type OutboxKind = keyof OutboxKinds & string;
type Input<K extends OutboxKind> = OutboxKinds[K] extends { input: infer I } ? I : never;
type Result<K extends OutboxKind> = OutboxKinds[K] extends { result: infer R } ? R : never;

export interface OutboxSender<K extends OutboxKind> {
  /** Uploads one kept file, answering its cloud id (photos go first, before the write). */
  upload?: (local: string, input: Input<K>) => Promise<string>;
  /** Sends the write with its request id and the uploaded file ids. */
  send: (input: Input<K>, requestId: string, fileIds: string[]) => Promise<Result<K>>;
  /** What the person sees when a queued write lands: "待发送的申报已提交". */
  landed: string;
}

export type { OutboxEntry } from './outbox-store';

const senders = new Map<string, OutboxSender<OutboxKind>>();
const sending = new Set<string>();
const landedListeners = new Set<(entry: OutboxEntry, result: unknown) => void>();
let flushing: Promise<void> | null = null;

export function registerSender<K extends OutboxKind>(kind: K, sender: OutboxSender<K>): void {
  senders.set(kind, sender as unknown as OutboxSender<OutboxKind>);
}

/** Failures worth sending again later: no network, or the server briefly unwell. */
const isTransient = (code: string) => code === 'NETWORK' || code === 'INTERNAL' || code === 'UNAUTHENTICATED';

/** Uploads what is still on the phone, then sends; the entry is updated in storage after each step. */
async function deliver(entry: OutboxEntry): Promise<unknown> {
  const sender = senders.get(entry.kind);
  if (!sender) throw new Error(`no outbox sender for ${entry.kind}`);
  sending.add(entry.id);
  try {
    const latest = readOutbox().find((e) => e.id === entry.id) ?? entry; // files uploaded by an earlier try
    let current: OutboxEntry = { ...latest, attempts: latest.attempts + 1 };
    putEntry(current);
    for (let i = 0; i < current.files.length; i++) {
      const f = current.files[i]!;
      if (f.uploaded || !f.local || !sender.upload) continue;
      const uploaded = await sender.upload(f.local, current.input as never);
      dropFile(f.local);
      current = { ...current, files: current.files.map((x, j) => (j === i ? { uploaded } : x)) };
      putEntry(current);
    }
    const fileIds = current.files.flatMap((f) => (f.uploaded ? [f.uploaded] : []));
    const result = await sender.send(current.input as never, current.id, fileIds);
    removeEntry(entry.id); // the server answered: only now does it leave the outbox
    return result;
  } finally {
    sending.delete(entry.id);
  }
}

export type SubmitOutcome<K extends OutboxKind> = { sent: true; result: Result<K> } | { sent: false };

/**
 * Stores a write and sends it now if the network allows. Sent: its result. No network: it waits
 * in the outbox ({ sent: false }). A refusal from the server is thrown (the person is still on
 * the form to fix it) and the write leaves the outbox.
 */
export async function submitWrite<K extends OutboxKind>(kind: K, requestId: string, input: Input<K>, files: string[] = []): Promise<SubmitOutcome<K>> {
  const kept = await Promise.all(files.map(async (f) => (isLocalFile(f) ? { local: await keepFile(f) } : { uploaded: f })));
  const entry: OutboxEntry = { id: requestId, kind, input, files: kept, createdAt: Date.now(), attempts: 0, status: 'waiting' };
  try {
    putEntry(entry);
  } catch {
    throw new ApiCallError('INVALID_INPUT', '手机存储空间不足，无法保存待发送的内容');
  }
  if (!isOnline()) return { sent: false };
  try {
    return { sent: true, result: (await deliver(entry)) as Result<K> };
  } catch (err) {
    const e = toApiCallError(err);
    if (isTransient(e.code)) return { sent: false };
    removeEntry(requestId);
    throw e;
  }
}

/** A picked photo still on the phone (not yet a cloud storage id). */
export const isLocalFile = (path: string) => !path.startsWith('cloud://');

/** Sends every waiting write, oldest first; stops at the first network failure. One run at a time. */
export function flushOutbox(): Promise<void> {
  // `.finally` clears it after this assignment even when there was nothing to send.
  flushing ??= sendWaiting().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function sendWaiting(): Promise<void> {
  for (const entry of readOutbox()) {
    if (entry.status !== 'waiting' || sending.has(entry.id) || !senders.has(entry.kind)) continue;
    try {
      const result = await deliver(entry);
      landedListeners.forEach((l) => l(entry, result));
    } catch (err) {
      const e = toApiCallError(err);
      if (isTransient(e.code)) break;
      const latest = readOutbox().find((x) => x.id === entry.id) ?? entry;
      putEntry({ ...latest, status: 'refused', error: e.message });
    }
  }
}

/** Removes a write the person gave up on (a refused one, or one they no longer want sent). */
export function discardWrite(id: string): void {
  const entry = readOutbox().find((e) => e.id === id);
  entry?.files.forEach((f) => f.local && dropFile(f.local));
  removeEntry(id);
}

/** Called with each queued write that lands, and what the server answered. */
export function onLanded(listener: (entry: OutboxEntry, result: unknown) => void): () => void {
  landedListeners.add(listener);
  return () => landedListeners.delete(listener);
}

export function landedText(kind: string): string {
  return senders.get(kind)?.landed ?? '待发送的内容已提交';
}

/** The writes of one kind waiting (or refused) in this user's outbox, newest first, kept current. */
export function useOutbox<K extends OutboxKind>(kind: K): Array<OutboxEntry & { input: Input<K> }> {
  const all = useSyncExternalStore(subscribeOutbox, readOutbox);
  return all
    .filter((e): e is OutboxEntry & { input: Input<K> } => e.kind === kind)
    .slice()
    .reverse();
}
