import Taro from '@tarojs/taro';
import type { ApiResult } from '@contracts/errors';
import { ApiCallError } from './errors';
import { getSession, setSession } from './session';
import { dropVisitor, requestAuthHeader } from './visitor';

/** Sends `{ action, data }` to a cloud function and returns what its main() returned. */
export type Transport = (fn: string, action: string, data: unknown) => Promise<ApiResult<unknown>>;

/** weapp: the real CloudBase, which adds the caller's OPENID itself. */
const cloudTransport: Transport = async (fn, action, data) => {
  const res = await Taro.cloud.callFunction({ name: fn, data: { action, data } });
  return res.result as ApiResult<unknown>;
};

export function apiBase(): string {
  return process.env.LOCAL_CLOUD_URL || '';
}

/** h5: the local cloud's HTTP API, with the signed-in persona's session token. */
const httpTransport: Transport = async (fn, action, data) => {
  const res = await Taro.request<ApiResult<unknown> | { code: string; message: string }>({
    url: `${apiBase()}/api/${fn}`,
    method: 'POST',
    data: { action, data },
    header: { 'content-type': 'application/json', ...(await requestAuthHeader(apiBase())) },
    timeout: 15000,
  });
  if (res.statusCode === 401) {
    // The token is gone or stale: a persona goes back to the sign-in screen, a visitor gets a new one next time.
    if (getSession()) setSession(null);
    else dropVisitor();
    throw new ApiCallError('UNAUTHENTICATED');
  }
  if (res.statusCode !== 200) {
    const body = res.data as { code?: string; message?: string };
    throw Object.assign(new Error(body?.message ?? '请求失败'), { code: res.statusCode >= 500 ? 'INTERNAL' : body?.code });
  }
  return res.data as ApiResult<unknown>;
};

export function defaultTransport(): Transport {
  return process.env.TARO_ENV === 'weapp' ? cloudTransport : httpTransport;
}
