import { useEffect, useSyncExternalStore } from 'react';
import type { Me } from '@contracts/account';
import { call } from '@/api/client';
import { toApiCallError, type ApiCallError } from '@/api/errors';
import { isSignedIn, onSessionChange } from '@/api/session';
import { readCache, writeCache } from '@/offline/cache-store';
import { onReconnect } from '@/offline/network';

/**
 * The signed-in person, shared by every page (tabs, admin entry points): shown at once from
 * the stored copy, refreshed on first use, after anything that changes it and when the network
 * comes back; cleared on sign-out.
 */
const CACHE_KEY = 'account.me';

interface MeState {
  me: Me | null;
  loading: boolean;
  error: ApiCallError | null;
}

let state: MeState = { me: readCache<Me>(CACHE_KEY)?.data ?? null, loading: false, error: null };
/** Whether `me` has come from the server since launch (a stored copy is refreshed once). */
let fresh = false;
let inflight: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: Partial<MeState>): void {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

export function refreshMe(): Promise<void> {
  if (!isSignedIn()) {
    set({ me: null, loading: false, error: null });
    return Promise.resolve();
  }
  inflight ??= (async () => {
    set({ loading: true, error: null });
    try {
      const me = await call('account', 'whoami');
      writeCache(CACHE_KEY, me);
      fresh = true;
      set({ me, loading: false });
    } catch (err) {
      set({ error: toApiCallError(err), loading: false });
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

onSessionChange(() => {
  fresh = false;
  set({ me: readCache<Me>(CACHE_KEY)?.data ?? null, error: null });
  void refreshMe();
});

onReconnect(() => {
  if (state.me || state.error) void refreshMe();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current person; loads on first use. */
export function useMe(): MeState & { signedIn: boolean; refresh: () => Promise<void> } {
  const snapshot = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if ((!state.me || !fresh) && !state.loading && !state.error) void refreshMe();
  }, []);
  return { ...snapshot, signedIn: isSignedIn(), refresh: refreshMe };
}

export function hasRole(me: Me | null, role: Me['profile']['roles'][number]): boolean {
  return !!me?.profile.roles.includes(role);
}
