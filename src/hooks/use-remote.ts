import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { ApiCallError } from '@/api/errors';
import { toApiCallError } from '@/api/errors';

export interface Remote<T> {
  data: T | undefined;
  error: ApiCallError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads data for a page: loading and error states, a reload for "重试" and
 * pull-down, and a fresh load each time the page is shown again (a tab the
 * user comes back to should not show stale numbers). Late answers of an
 * earlier load never overwrite a newer one.
 */
export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[]): Remote<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiCallError; loading: boolean }>({ loading: true });
  const seq = useRef(0);
  const shown = useRef(false);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    try {
      const data = await load();
      if (mine === seq.current) setState({ data, loading: false });
    } catch (err) {
      if (mine === seq.current) setState((s) => ({ ...s, error: toApiCallError(err), loading: false }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers list what `load` depends on
  }, deps);

  useEffect(() => {
    void reload();
  }, [reload]);

  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
