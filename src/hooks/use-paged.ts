import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDidShow, useReachBottom } from '@tarojs/taro';
import type { Page } from '@contracts/points';
import { toApiCallError, type ApiCallError } from '@/api/errors';
import { readCache, writeCache } from '@/offline/cache-store';
import { onReconnect } from '@/offline/network';
import { remoteKey } from './use-remote';

export interface PagedOptions {
  /** A name for the stored first page (see useRemote's `cache`): shown at once, offline too. */
  cache?: string;
}

interface State<T> {
  key: string;
  items: T[];
  cursor: string | null;
  done: boolean;
  savedAt?: number;
  /** How many pages are on screen: a page shown again refreshes only a one-page list (no jump). */
  pages: number;
}

function fromCache<T>(key: string, name: string | undefined): State<T> {
  const hit = name ? readCache<Page<T>>(key) : null;
  return hit
    ? { key, items: hit.data.items, cursor: hit.data.cursor, done: hit.data.cursor === null, savedAt: hit.savedAt, pages: 1 }
    : { key, items: [], cursor: null, done: false, pages: 0 };
}

/**
 * A long list read a page at a time: the next page loads when the user nears the bottom, so
 * hundreds of entries never arrive (or render) at once. The first page comes from the stored
 * copy at once; each set of deps (a filter, a tab) shows only its own items.
 */
export function usePaged<T>(loadPage: (cursor: string | null) => Promise<Page<T>>, deps: readonly unknown[], options: PagedOptions = {}) {
  const name = options.cache;
  const key = remoteKey(name ?? '', deps);
  const initial = useMemo(() => fromCache<T>(key, name), [key, name]);
  const [stateRaw, setState] = useState<State<T>>(initial);
  const state = stateRaw.key === key ? stateRaw : initial;
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiCallError | undefined>();
  /** The request that failed, for "点此重试". */
  const failed = useRef<{ from: string | null; reset: boolean }>({ from: null, reset: true });
  const busy = useRef(false);
  const generation = useRef(0);
  const shown = useRef(false);

  const fetchPage = useCallback(
    async (from: string | null, reset: boolean) => {
      if (busy.current && !reset) return;
      busy.current = true;
      const mine = ++generation.current;
      setLoading(true);
      setError(undefined);
      try {
        const page = await loadPage(from);
        if (mine !== generation.current) return;
        const savedAt = Date.now();
        if (reset && name) writeCache(key, page, savedAt);
        setState((s) => {
          const prev = s.key === key ? s : initial;
          return {
            key,
            items: reset ? page.items : [...prev.items, ...page.items],
            cursor: page.cursor,
            done: page.cursor === null,
            savedAt: reset ? savedAt : prev.savedAt,
            pages: reset ? 1 : prev.pages + 1,
          };
        });
      } catch (err) {
        if (mine === generation.current) {
          failed.current = { from, reset };
          setError(toApiCallError(err));
        }
      } finally {
        if (mine === generation.current) {
          busy.current = false;
          setLoading(false);
        }
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers list what `loadPage` depends on (the key holds them)
    [key],
  );

  const reload = useCallback(() => fetchPage(null, true), [fetchPage]);
  /** Near the bottom: the next page, unless the last attempt failed (the footer offers a retry). */
  const loadMore = useCallback(() => {
    if (!state.done && !error && state.pages > 0) void fetchPage(state.cursor, false);
  }, [state.done, state.cursor, state.pages, error, fetchPage]);
  /** "点此重试": sends the failed request again — the first page, or the next one. */
  const retry = useCallback(() => void fetchPage(failed.current.from, failed.current.reset), [fetchPage]);

  useEffect(() => {
    setError(undefined);
    void reload();
  }, [reload]);
  useEffect(() => onReconnect(() => void reload()), [reload]);
  useDidShow(() => {
    if (shown.current && state.pages <= 1) void reload();
    shown.current = true;
  });
  useReachBottom(loadMore);

  return { items: state.items, loading, error, done: state.done, savedAt: state.savedAt, reload, loadMore, retry };
}
