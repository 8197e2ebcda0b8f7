import { useCallback, useEffect, useRef, useState } from 'react';
import { useReachBottom } from '@tarojs/taro';
import type { Page } from '@contracts/points';
import { toApiCallError, type ApiCallError } from '@/api/errors';

/**
 * A long list read a page at a time: the next page loads when the user nears
 * the bottom, so hundreds of entries never arrive (or render) at once.
 */
export function usePaged<T>(loadPage: (cursor: string | null) => Promise<Page<T>>, deps: readonly unknown[]) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiCallError | undefined>();
  const busy = useRef(false);
  const generation = useRef(0);

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
        setItems((prev) => (reset ? page.items : [...prev, ...page.items]));
        setCursor(page.cursor);
        setDone(page.cursor === null);
      } catch (err) {
        if (mine === generation.current) setError(toApiCallError(err));
      } finally {
        if (mine === generation.current) {
          busy.current = false;
          setLoading(false);
        }
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers list what `loadPage` depends on
    deps,
  );

  const reload = useCallback(() => fetchPage(null, true), [fetchPage]);
  const loadMore = useCallback(() => {
    if (!done && !error) void fetchPage(cursor, false);
  }, [cursor, done, error, fetchPage]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useReachBottom(loadMore);

  return { items, loading, error, done, reload, loadMore };
}
