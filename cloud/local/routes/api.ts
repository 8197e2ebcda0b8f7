import type { IncomingMessage, ServerResponse } from 'node:http';
import { FunctionNotFoundError, FunctionTimeoutError } from '../host/functions-host';
import { HttpError, readJson, sendJson } from '../http/http-util';
import { RateLimiter } from '../http/rate-limit';
import { personasNow } from '../seed/personas-now';
import { sessionOf, type Route, type RouteContext } from './context';

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;
const MINUTE = 60_000;

/** /api/health, the dev sign-in (/api/auth/*) and function calls (POST /api/<function>). */
export function apiRoutes(ctx: RouteContext): Route {
  const logins = new RateLimiter(ctx.limits.loginsPerMinute, MINUTE);

  async function login(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!ctx.devLogin) throw new HttpError(403, 'LOGIN_DISABLED', '本地登录未开启');
    const waitMs = logins.take(req.socket.remoteAddress ?? '');
    if (waitMs !== null) {
      const minutes = Math.max(1, Math.ceil(waitMs / MINUTE));
      throw new HttpError(429, 'RATE_LIMITED', `登录太频繁，请 ${minutes} 分钟后再试`, {
        'retry-after': String(Math.ceil(waitMs / 1000)),
      });
    }
    const openid = (await readJson(req))['openid'];
    if (typeof openid !== 'string' || !OPENID.test(openid)) {
      throw new HttpError(400, 'INVALID_OPENID', 'openid 须为 1-64 位字母、数字、下划线或短横线');
    }
    sendJson(res, 200, { ok: true, data: { token: ctx.sessions.issue(openid, ctx.appid), openid } });
  }

  async function callFunction(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = sessionOf(ctx, req);
    const body = await readJson(req);
    const result = await ctx.gate.run(async () => {
      // A caller that gave up while queued gets nothing: do not run its call.
      if (req.socket.destroyed) return undefined;
      try {
        return await ctx.functions().invoke(
          name,
          { action: body['action'], data: body['data'] },
          { openid: session.openid, appid: session.appid, clientIp: req.socket.remoteAddress },
        );
      } catch (err) {
        if (err instanceof FunctionNotFoundError) throw new HttpError(404, 'FUNCTION_NOT_FOUND', err.message);
        if (err instanceof FunctionTimeoutError) throw new HttpError(504, 'FUNCTION_TIMEOUT', err.message);
        throw err;
      }
    });
    if (!req.socket.destroyed) sendJson(res, 200, result ?? null);
  }

  return async (req, res, url) => {
    const path = url.pathname;
    if (path === '/api/health') {
      sendJson(res, 200, { ok: true, data: { functions: ctx.functions().names, load: ctx.gate.load } });
      return true;
    }
    if (req.method === 'POST' && path === '/api/auth/login') {
      await login(req, res);
      return true;
    }
    if (req.method === 'GET' && path === '/api/auth/personas') {
      if (!ctx.devLogin) throw new HttpError(403, 'LOGIN_DISABLED', '本地登录未开启');
      sendJson(res, 200, { ok: true, data: personasNow(ctx.db) });
      return true;
    }
    const fn = /^\/api\/([A-Za-z0-9_-]+)$/.exec(path);
    if (fn && req.method === 'POST') {
      await callFunction(fn[1]!, req, res);
      return true;
    }
    return false;
  };
}
