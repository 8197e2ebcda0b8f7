import { safeParse } from 'zod/mini';
import type * as z from 'zod/mini';
import type { Schema } from '../../contracts/validation';
import { ERROR_MESSAGES, type ApiResult } from '../../contracts/errors';
import { describeIssues } from '../../contracts/validation';
import type { ActionContract } from '../../contracts/api';
import { AppError } from './errors';
import { cloud } from './sdk';
import { serverEventOf } from './server-events/events';
import { gateImages } from './content/media-gate';
import { runServerEvent, type ServerHandlers } from './server-events/dispatch';

export type { ServerHandlers };

export interface Caller {
  openid: string;
  appid: string;
}

export interface ActionContext {
  caller: Caller;
  now: Date;
}

export interface ActionImpl<I extends Schema, O> {
  contract: ActionContract<I, O>;
  /**
   * The answer shows uploaded images to people other than their uploader: images WeChat has not
   * passed are taken out for them, and the uploader is told which of theirs wait (content/media-gate.ts).
   */
  shownToOthers?: boolean;
  run(ctx: ActionContext, input: z.output<I>): Promise<O>;
}

/** The same actions, with those named marked shownToOthers (their answers pass the image gate). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each action has its own I/O types
export function showingOthers<T extends Record<string, ActionImpl<any, any>>>(actions: T, names: ReadonlyArray<keyof T & string>): T {
  return Object.fromEntries(Object.entries(actions).map(([k, a]) => [k, names.includes(k) ? { ...a, shownToOthers: true } : a])) as T;
}

/** Ties an action's implementation to its shared contract, checking both sides' types. */
export function implement<I extends Schema, O>(
  contract: ActionContract<I, O>,
  run: (ctx: ActionContext, input: z.output<I>) => Promise<O>,
): ActionImpl<I, O> {
  return { contract, run };
}

interface CloudEvent {
  action?: unknown;
  data?: unknown;
}

/**
 * Builds a cloud function's `main`: routes `event.action`, validates `event.data`
 * against the shared schema, takes the caller from the WeChat context (never from
 * the payload), and turns every failure into `{ ok: false, code, message }`.
 * A function with `server` handlers also answers CloudBase's own events (its timer
 * trigger, message pushes), which a client can never start (server-events/dispatch.ts).
 */
export function defineFunction(
  name: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each action has its own I/O types
  actions: Record<string, ActionImpl<any, any>>,
  server?: ServerHandlers,
): (event: CloudEvent, context?: unknown) => Promise<ApiResult<unknown>> {
  return async (event) => {
    try {
      const serverEvent = serverEventOf(event);
      if (serverEvent) return { ok: true, data: await runServerEvent(name, serverEvent, server) };
      const action = typeof event?.action === 'string' ? actions[event.action] : undefined;
      if (!action || !Object.hasOwn(actions, String(event.action))) throw new AppError('UNKNOWN_ACTION');
      const parsed = safeParse(action.contract.input, event.data);
      if (!parsed.success) throw new AppError('INVALID_INPUT', describeIssues(parsed.error));
      const ctx: ActionContext = { caller: currentCaller(), now: new Date() };
      const data: unknown = await action.run(ctx, parsed.data);
      if (!action.shownToOthers) return { ok: true, data };
      const gated = await gateImages(ctx.caller.openid, data);
      return { ok: true, data: gated.data, ...(gated.imageReview && { imageReview: gated.imageReview }) };
    } catch (err) {
      if (err instanceof AppError) return err.toResult();
      console.error(`[${name}] ${String(event?.action ?? 'event')} failed:`, err);
      return { ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
    }
  };
}

function currentCaller(): Caller {
  const ctx = cloud.getWXContext() as { OPENID?: string; APPID?: string };
  if (!ctx.OPENID) throw new AppError('UNAUTHENTICATED');
  return { openid: ctx.OPENID, appid: ctx.APPID ?? '' };
}
