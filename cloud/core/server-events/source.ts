// Who invoked a function that also answers server events (timer triggers, message pushes). A client
// can send any event data through callFunction, so the event's shape proves nothing; what the
// client cannot forge is the WeChat context CloudBase builds for the invocation:
//   - a mini-program call carries the caller's OPENID and SOURCE `wx_client` (DevTools: wx_devtools);
//   - a timer trigger carries no OPENID and SOURCE `wx_trigger`;
//   - another cloud function's call has SOURCE ending in `scf` and the chain before it.
// SOURCE is a comma-separated chain (`wx_client,scf`: a client called function A, which called this).
import { cloud } from '../sdk';

interface WxContext {
  OPENID?: string;
  FROM_OPENID?: string;
  SOURCE?: string;
}

/** Sources that are a person's app (or DevTools acting as one), or WeChat's HTTP API: never CloudBase's own timers or pushes. */
const CLIENT_SOURCES = ['wx_client', 'wx_devtools', 'wx_localdebug', 'wx_http'];

function context(): WxContext {
  return cloud.getWXContext() as WxContext;
}

/** True when anything in the invocation chain is a person's app (or the HTTP API). */
export function startedByClient(): boolean {
  const ctx = context();
  const chain = (ctx.SOURCE ?? '').split(',').map((s) => s.trim());
  return chain.some((s) => CLIENT_SOURCES.includes(s));
}

/** A timer trigger: no person behind it (no OPENID, no cross-account FROM_OPENID) and no client in the chain. */
export function isTimerInvocation(): boolean {
  const ctx = context();
  return !ctx.OPENID && !ctx.FROM_OPENID && !startedByClient();
}
