import { useCallback, useState } from 'react';
import { toApiCallError } from '@/api/errors';
import { notify } from '@/ui/feedback';

/**
 * A button's action: `busy` while it runs (to disable the button), and any failure shown in a
 * toast in the server's words. An action that does not queue (signing up for the last seat,
 * approving) and finds no network says plainly that it was not sent: name it in `what`
 * (报名 → "网络不可用，报名未提交，请联网后重试").
 */
export function useBusy(): { busy: boolean; run: (task: () => Promise<unknown>, what?: string) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (task: () => Promise<unknown>, what?: string) => {
    setBusy(true);
    try {
      await task();
    } catch (err) {
      notify(failureText(err, what));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, run };
}

/** The toast for a failed action: the server's reason, or that nothing was sent for want of network. */
export function failureText(err: unknown, what?: string): string {
  const e = toApiCallError(err);
  if (e.code !== 'NETWORK') return e.message;
  return `网络不可用，${what ?? '操作'}未提交，请联网后重试`;
}
