import { useCallback, useState } from 'react';
import { toastError } from '@/api/client';

/**
 * A button's action: `busy` while it runs (to disable the button), and any
 * failure shown in a toast in the server's words.
 */
export function useBusy(): { busy: boolean; run: (task: () => Promise<unknown>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (task: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await task();
    } catch (err) {
      toastError(err);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
