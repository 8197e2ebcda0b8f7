import { getSession } from '@/api/session';

/**
 * Whose data a stored copy is: every cache and outbox key carries it, so one
 * persona never sees another's data on a shared device.
 * NOTE: weapp storage is already kept apart per WeChat user by WeChat itself, and there is no
 * sign-out, so one fixed scope serves; h5 keys by the signed-in demo persona's openid.
 */
export function storageScope(): string | null {
  if (process.env.TARO_ENV === 'weapp') return 'wx';
  const openid = getSession()?.openid;
  return openid ? openid.replace(/[^A-Za-z0-9_-]/g, '_') : null;
}
