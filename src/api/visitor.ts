import Taro from '@tarojs/taro';
import { authHeader, getSession } from './session';

/**
 * h5 only: a signed-out visitor still sees the showcase and the stations, as on weapp, where
 * WeChat gives everyone an openid and a person without a profile is simply a visitor.
 * NOTE: h5 stand-in — the local cloud answers only requests with a session, so a visitor gets a
 * session of its own (a random openid, through the same dev sign-in the personas use). It is kept
 * apart from the persona session: the app still counts the visitor as signed out.
 */
const KEY = 'redsail.visitor';

interface VisitorSession {
  token: string;
  openid: string;
}

let pending: Promise<VisitorSession | null> | null = null;

function stored(): VisitorSession | null {
  const s = Taro.getStorageSync(KEY) as VisitorSession | '' | undefined;
  return s && typeof s === 'object' && s.token ? s : null;
}

async function signInVisitor(base: string): Promise<VisitorSession | null> {
  const openid = `visitor-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  try {
    const res = await Taro.request<{ ok: boolean; data?: VisitorSession }>({
      url: `${base}/api/auth/login`,
      method: 'POST',
      data: { openid },
      header: { 'content-type': 'application/json' },
    });
    if (res.statusCode !== 200 || !res.data?.data) return null;
    Taro.setStorageSync(KEY, res.data.data);
    return res.data.data;
  } catch {
    return null; // no network: the call itself fails as a network failure
  }
}

/** The header for a call: the persona's session, else the visitor's (made once, on first need). */
export async function requestAuthHeader(base: string): Promise<Record<string, string>> {
  if (getSession()) return authHeader();
  const visitor = stored() ?? (await (pending ??= signInVisitor(base).finally(() => (pending = null))));
  return visitor ? { authorization: `Bearer ${visitor.token}` } : {};
}

/** The visitor session was refused (the local cloud's key changed): the next call makes a new one. */
export function dropVisitor(): void {
  Taro.removeStorageSync(KEY);
}
