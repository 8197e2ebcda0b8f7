import Taro from '@tarojs/taro';
import type { DemoPersona, LoginResult } from '@contracts/auth';
import { ApiCallError } from '@/api/errors';
import { apiBase } from '@/api/transport';
import { setSession } from '@/api/session';

/** h5 local mode: the demo personas the local cloud offers. */
export async function fetchPersonas(): Promise<DemoPersona[]> {
  const res = await Taro.request<{ ok: boolean; data: DemoPersona[]; message?: string }>({
    url: `${apiBase()}/api/auth/personas`,
    method: 'GET',
  }).catch(() => {
    throw new ApiCallError('NETWORK');
  });
  if (res.statusCode !== 200 || !res.data.ok) throw new ApiCallError('FORBIDDEN', res.data?.message ?? '本地登录未开启');
  return res.data.data;
}

export async function signInAs(openid: string): Promise<void> {
  const res = await Taro.request<{ ok: boolean; data: LoginResult; message?: string }>({
    url: `${apiBase()}/api/auth/login`,
    method: 'POST',
    data: { openid },
    header: { 'content-type': 'application/json' },
  }).catch(() => {
    throw new ApiCallError('NETWORK');
  });
  if (res.statusCode !== 200 || !res.data.ok) throw new ApiCallError('FORBIDDEN', res.data?.message ?? '登录失败');
  setSession({ token: res.data.data.token, openid: res.data.data.openid });
}

export function signOut(): void {
  setSession(null);
}
