import { useEffect, useSyncExternalStore } from 'react';
import type { Me } from '@contracts/account';
import { call } from '@/api/client';
import { toApiCallError, type ApiCallError } from '@/api/errors';
import { isSignedIn, onSessionChange } from '@/api/session';

/**
 * The signed-in person, shared by every page (tabs, admin entry points):
 * loaded once, refreshed after anything that changes it, cleared on sign-out.
 */
interface MeState {
  me: Me | null;
  loading: boolean;
  error: ApiCallError | null;
}

let state: MeState = { me: null, loading: false, error: null };
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
      set({ me: await call('account', 'whoami'), loading: false });
    } catch (err) {
      set({ error: toApiCallError(err), loading: false });
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

onSessionChange(() => {
  set({ me: null, error: null });
  void refreshMe();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current person; loads on first use. */
export function useMe(): MeState & { signedIn: boolean; refresh: () => Promise<void> } {
  const snapshot = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (!state.me && !state.loading && !state.error) void refreshMe();
  }, []);
  return { ...snapshot, signedIn: isSignedIn(), refresh: refreshMe };
}

export function hasRole(me: Me | null, role: Me['profile']['roles'][number]): boolean {
  return !!me?.profile.roles.includes(role);
}
