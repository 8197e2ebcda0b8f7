import { useSyncExternalStore } from 'react';
import Taro from '@tarojs/taro';

/**
 * Whether the phone has a network, and what kind: one store for every page and for the
 * outbox. `type` is WeChat's networkType: wifi, 2g, 3g, 4g, 5g, unknown or none.
 */
export interface NetworkState {
  online: boolean;
  type: string;
}

let state: NetworkState = { online: true, type: 'unknown' };
const listeners = new Set<() => void>();
const reconnectListeners = new Set<() => void>();
let started = false;

function set(next: NetworkState): void {
  const cameBack = !state.online && next.online;
  if (next.online === state.online && next.type === state.type) return;
  state = next;
  listeners.forEach((l) => l());
  if (cameBack) reconnectListeners.forEach((l) => l());
}

interface Connection extends EventTarget {
  effectiveType?: string;
  type?: string;
}

/** h5: the browser's own view. */
function browserState(): NetworkState {
  const connection = (navigator as Navigator & { connection?: Connection }).connection;
  const online = navigator.onLine;
  // effectiveType is slow-2g/2g/3g/4g; WeChat says 2g for both of the slow ones.
  const effective = connection?.effectiveType === 'slow-2g' ? '2g' : connection?.effectiveType;
  return { online, type: online ? (effective ?? 'unknown') : 'none' };
}

/** Starts listening once (the app does it at launch; the hooks do it on first use). */
export function startNetworkWatch(): void {
  if (started) return;
  started = true;
  if (process.env.TARO_ENV === 'h5') {
    // NOTE: Taro's h5 onNetworkStatusChange listens only to navigator.connection 'change' and its
    // getNetworkType never answers 'none': the browser's online/offline events back the same store.
    state = browserState();
    const update = () => set(browserState());
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    (navigator as Navigator & { connection?: Connection }).connection?.addEventListener('change', update);
    return;
  }
  try {
    void Taro.getNetworkType()
      .then((r) => set({ online: r.networkType !== 'none', type: r.networkType }))
      .catch(() => undefined);
    Taro.onNetworkStatusChange((r) => set({ online: r.isConnected, type: r.networkType }));
  } catch {
    // An environment without the network API (a test simulator): assume online, as before.
  }
}

export function getNetwork(): NetworkState {
  startNetworkWatch();
  return state;
}

export function isOnline(): boolean {
  return getNetwork().online;
}

/** A connection too slow to spend on pictures: images wait for a tap (data saver). */
export function isWeak(s: NetworkState = getNetwork()): boolean {
  return s.type === '2g';
}

function subscribe(listener: () => void): () => void {
  startNetworkWatch();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called each time the network comes back after being gone. */
export function onReconnect(listener: () => void): () => void {
  startNetworkWatch();
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

export function useNetwork(): NetworkState {
  return useSyncExternalStore(subscribe, () => state);
}

/** Tests: put the store in a given state (as the platform's event would). */
export function setNetworkForTest(next: NetworkState): void {
  startNetworkWatch();
  set(next);
}
