import Taro from '@tarojs/taro';
import { defaultTransport } from '../../src/api/transport';
import { getSession, onSessionChange, setSession } from '../../src/api/session';

const store = new Map<string, unknown>();
beforeEach(() => {
  store.clear();
  (Taro.getStorageSync as jest.Mock).mockImplementation((k: string) => store.get(k) ?? '');
  (Taro.setStorageSync as jest.Mock).mockImplementation((k: string, v: unknown) => store.set(k, v));
  (Taro.removeStorageSync as jest.Mock).mockImplementation((k: string) => store.delete(k));
});

describe('h5 transport to the local cloud', () => {
  it('posts { action, data } with the session token', async () => {
    setSession({ token: 'tok', openid: 'demo_crew' });
    (Taro.request as jest.Mock).mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: 1 } });
    await expect(defaultTransport()('account', 'whoami', undefined)).resolves.toEqual({ ok: true, data: 1 });
    expect(Taro.request).toHaveBeenLastCalledWith(
      expect.objectContaining({
        url: '/api/account',
        method: 'POST',
        data: { action: 'whoami', data: undefined },
        header: expect.objectContaining({ authorization: 'Bearer tok' }),
      }),
    );
  });

  it('drops the session on 401, so the app goes back to sign-in', async () => {
    setSession({ token: 'stale', openid: 'demo_crew' });
    const changed = jest.fn();
    const off = onSessionChange(changed);
    (Taro.request as jest.Mock).mockResolvedValueOnce({ statusCode: 401, data: { code: 'UNAUTHENTICATED' } });
    await expect(defaultTransport()('account', 'whoami', undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(getSession()).toBeNull();
    expect(changed).toHaveBeenCalled();
    off();
  });

  it('signed out: reads with a visitor session made once, kept apart from the persona session', async () => {
    (Taro.request as jest.Mock)
      .mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: { token: 'vtok', openid: 'visitor-1' } } })
      .mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: 1 } })
      .mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: 2 } });
    await defaultTransport()('home', 'get', undefined);
    await defaultTransport()('brands', 'matrix', undefined);
    const calls = (Taro.request as jest.Mock).mock.calls.slice(-3).map(([o]) => [o.url, o.header.authorization]);
    expect(calls).toEqual([
      ['/api/auth/login', undefined],
      ['/api/home', 'Bearer vtok'],
      ['/api/brands', 'Bearer vtok'],
    ]);
    expect(getSession()).toBeNull();
  });

  it('a refused visitor session is dropped, not the sign-in state', async () => {
    store.set('redsail.visitor', { token: 'old', openid: 'visitor-0' });
    const changed = jest.fn();
    const off = onSessionChange(changed);
    (Taro.request as jest.Mock).mockResolvedValueOnce({ statusCode: 401, data: { code: 'UNAUTHENTICATED' } });
    await expect(defaultTransport()('home', 'get', undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(store.has('redsail.visitor')).toBe(false);
    expect(changed).not.toHaveBeenCalled();
    off();
  });
});
