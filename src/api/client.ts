import type { ActionInput, ActionName, ActionOutput, FunctionName } from '@contracts/api';
import { actionFlag } from '@contracts/api-flags';
import { ApiCallError, toApiCallError } from './errors';
import { defaultTransport, type Transport } from './transport';
import { notify } from '@/ui/feedback';
import { isOnline } from '@/offline/network';
import { noteImageReview } from './image-review';

/**
 * The one way the app talks to the backend: typed per action from contracts/,
 * reads retried on a weak network, every failure an ApiCallError with a
 * Chinese message.
 */
let transport: Transport = defaultTransport();

/** Tests swap the transport; the app never does. */
export function setTransport(t: Transport): void {
  transport = t;
}

const RETRY_DELAYS_MS = [400, 1200];

export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  ...args: undefined extends ActionInput<F, A> ? [data?: ActionInput<F, A>] : [data: ActionInput<F, A>]
): Promise<ActionOutput<F, A>> {
  const attempts = actionFlag(fn, action) === 'read' ? RETRY_DELAYS_MS.length + 1 : 1;
  for (let attempt = 0; ; attempt++) {
    try {
      // No network at all: fail at once (pages show their stored copy) instead of waiting out retries.
      if (!isOnline()) throw new ApiCallError('NETWORK');
      const result = await transport(fn, action, args[0]);
      if (!result || typeof result !== 'object' || !('ok' in result)) throw new ApiCallError('INTERNAL');
      if (!result.ok) throw new ApiCallError(result.code, result.message);
      if (result.imageReview) noteImageReview(result.data, result.imageReview);
      return result.data as ActionOutput<F, A>;
    } catch (err) {
      const e = toApiCallError(err);
      // Only a network failure of a read is worth another try; an answer from the server is final.
      if (e.code !== 'NETWORK' || attempt + 1 >= attempts) throw e;
      await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
    }
  }
}

/** Shows a failed call's message in a toast, as every page does for actions. */
export function toastError(err: unknown): void {
  notify(toApiCallError(err).message);
}
