import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { toApiCallError, type ApiCallError } from '@/api/errors';
import { readCache, writeCache } from '@/offline/cache-store';
import { onReconnect } from '@/offline/network';

export interface Remote<T> {
  data: T | undefined;
  error: ApiCallError | undefined;
  loading: boolean;
  /** When the data shown came from the server (ms); older than a few minutes, pages say so. */
  savedAt: number | undefined;
  reload: () => Promise<void>;
  /**
   * Changes the data shown, and its stored copy, after a write the server has confirmed (a like):
   * the page opened again, offline too, shows the change, not the copy from before it.
   */
  mutate: (change: (data: T) => T) => void;
}

export interface RemoteOptions {
  /**
   * A name for the stored copy (e.g. 'points.summary'): the page renders the last answer at
   * once, offline too, then refreshes. The deps are part of the key, so each claim, filter or
   * tab keeps its own copy. Leave it out only for data that must never be shown old
   * (a rotating check-in code).
   */
  cache?: string;
}

interface State<T> {
  key: string;
  data?: T;
  savedAt?: number;
  error?: ApiCallError;
  loading: boolean;
}

/** The cache key of a read: its name and what it depends on. */
export function remoteKey(name: string, deps: readonly unknown[]): string {
  return `${name}:${JSON.stringify(deps)}`;
}

function fromCache<T>(key: string, name: string | undefined): State<T> {
  const hit = name ? readCache<T>(key) : null;
  return { key, data: hit?.data, savedAt: hit?.savedAt, loading: true };
}

/**
 * Loads data for a page: from the stored copy first, then from the server; loading and error
 * states, a reload for "重试" and pull-down, and a fresh load when the page is shown again or
 * the network comes back. Late answers of an earlier load never overwrite a newer one, and a
 * change of deps never shows the previous deps' data.
 */
export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[], options: RemoteOptions = {}): Remote<T> {
  const name = options.cache;
  const key = remoteKey(name ?? '', deps);
  const initial = useMemo(() => fromCache<T>(key, name), [key, name]);
  const [stateRaw, setState] = useState<State<T>>(initial);
  const state = stateRaw.key === key ? stateRaw : initial;
  const seq = useRef(0);
  const shown = useRef(false);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setState((s) => ({ ...(s.key === key ? s : initial), loading: true, error: undefined }));
    try {
      const data = await load();
      if (mine !== seq.current) return;
      const savedAt = Date.now();
      if (name) writeCache(key, data, savedAt);
      setState({ key, data, savedAt, loading: false });
    } catch (err) {
      if (mine === seq.current) setState((s) => ({ ...(s.key === key ? s : initial), error: toApiCallError(err), loading: false }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers list what `load` depends on (the key holds them)
  }, [key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const latest = useRef(state);
  latest.current = state;
  const mutate = useCallback(
    (change: (data: T) => T) => {
      const s = latest.current;
      if (s.data === undefined) return;
      const data = change(s.data);
      if (name) writeCache(key, data, s.savedAt ?? Date.now());
      setState({ ...s, key, data });
    },
    [key, name],
  );

  useEffect(() => onReconnect(() => void reload()), [reload]);

  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });

  return { data: state.data, error: state.error, loading: state.loading, savedAt: state.savedAt, reload, mutate };
}
