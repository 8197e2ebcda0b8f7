// Runs a server event (timer or message push) for a function that declares handlers for it, and
// refuses one a client sent: a `{ Type: 'Timer' }` from an app arrives with the caller's OPENID and
// SOURCE wx_client, which CloudBase's own timer never has.
import { AppError } from '../errors';
import type { ServerEvent } from './events';
import { isTimerInvocation, startedByClient } from './source';

export interface ServerHandlers {
  /** The function's timer trigger fired (config.json "triggers": one per function). */
  timer?: (trigger: { name: string; now: Date; message: string }) => Promise<unknown>;
  /** Message-push events routed to this function, by Event name (wxa_media_check …). */
  push?: Readonly<Record<string, (payload: Readonly<Record<string, unknown>>, now: Date) => Promise<unknown>>>;
}

export async function runServerEvent(name: string, event: ServerEvent, handlers: ServerHandlers | undefined): Promise<unknown> {
  if (event.kind === 'timer') {
    if (!handlers?.timer) throw new AppError('UNKNOWN_ACTION');
    if (!isTimerInvocation()) {
      console.warn(`[${name}] refused a timer event sent by a client`);
      throw new AppError('FORBIDDEN', '定时任务只能由定时触发器启动');
    }
    return handlers.timer({ name: event.triggerName, now: event.time ?? new Date(), message: event.message });
  }
  const handler = handlers?.push && Object.hasOwn(handlers.push, event.event) ? handlers.push[event.event] : undefined;
  if (!handler) throw new AppError('UNKNOWN_ACTION');
  // A push carries an OPENID (its sender), so only a client source can be refused here; the
  // handler checks what only WeChat knows (a media check's traceId never leaves the server).
  if (startedByClient()) {
    console.warn(`[${name}] refused a ${event.event} event sent by a client`);
    throw new AppError('FORBIDDEN', '该事件只能由微信推送');
  }
  return handler(event.payload, new Date());
}
