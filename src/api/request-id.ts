import { useCallback, useState } from 'react';
import type { ActionInput, ActionName, FunctionName } from '@contracts/api';
import { actionFlag } from '@contracts/api-flags';

/**
 * Client request ids: chosen once per create or decide attempt and sent with every resend of it,
 * so the server (which keys the record on it) does it once however often the request arrives.
 */
export const newRequestId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;

/** Whether the action's contract takes a `requestId`. */
export function takesRequestId<F extends FunctionName>(fn: F, action: ActionName<F>): boolean {
  return actionFlag(fn, action) === 'write+requestId';
}

/** The input with the request id added when the contract has the field (and unchanged otherwise). */
export function withRequestId<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: ActionInput<F, A>,
  requestId: string,
): ActionInput<F, A> {
  return takesRequestId(fn, action) ? ({ ...(input as object), requestId } as ActionInput<F, A>) : input;
}

/** One request id per attempt on a form: the same on a double tap or a retry, a new one after success. */
export function useRequestId(): { requestId: string; renew: () => void } {
  const [requestId, setRequestId] = useState(newRequestId);
  const renew = useCallback(() => setRequestId(newRequestId()), []);
  return { requestId, renew };
}
