import Taro from '@tarojs/taro';

/**
 * h5 only: the local cloud's session token for the signed-in demo persona.
 * On weapp there is no session to keep: WeChat tells the cloud who is calling.
 */
const KEY = 'redsail.session';

export interface Session {
  token: string;
  openid: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();

export function getSession(): Session | null {
  const s = Taro.getStorageSync(KEY) as Session | '' | undefined;
  return s && typeof s === 'object' && s.token ? s : null;
}

export function setSession(session: Session | null): void {
  if (session) Taro.setStorageSync(KEY, session);
  else Taro.removeStorageSync(KEY);
  listeners.forEach((l) => l());
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** weapp callers are always signed in by WeChat; h5 callers once they pick a persona. */
export function isSignedIn(): boolean {
  return process.env.TARO_ENV === 'weapp' || getSession() !== null;
}

/** The Authorization header for the local cloud's HTTP API (h5). */
export function authHeader(): Record<string, string> {
  const session = getSession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
}
