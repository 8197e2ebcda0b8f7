import { HttpError, readJson, sendJson } from '../http/http-util';
import { requireLoopbackPeer } from '../http/guards';
import { UnknownTriggerError, type Scheduler } from '../scheduler';
import type { Route, RouteContext } from './context';

/**
 * POST /api/trigger { function, trigger, at?, message? }: fires a declared timer trigger now
 * (npm run trigger). Development only: with dev sign-in on, from this machine.
 */
export function triggerRoute(ctx: RouteContext, scheduler: Scheduler): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/api/trigger' || req.method !== 'POST') return false;
    if (!ctx.devLogin) throw new HttpError(403, 'LOGIN_DISABLED', '本地触发仅在开发模式下可用');
    requireLoopbackPeer(req);
    const body = await readJson(req);
    const fn = body['function'];
    const trigger = body['trigger'];
    if (typeof fn !== 'string' || typeof trigger !== 'string') throw new HttpError(400, 'INVALID_INPUT', '须给出 function 和 trigger');
    const at = typeof body['at'] === 'string' ? new Date(body['at']) : undefined;
    if (at && Number.isNaN(at.getTime())) throw new HttpError(400, 'INVALID_INPUT', 'at 不是有效时间');
    const message = typeof body['message'] === 'string' ? body['message'] : undefined;
    try {
      sendJson(res, 200, { ok: true, data: await scheduler.fire(fn, trigger, { at, message }) });
    } catch (err) {
      if (err instanceof UnknownTriggerError) throw new HttpError(404, 'NOT_FOUND', err.message);
      throw err;
    }
    return true;
  };
}
