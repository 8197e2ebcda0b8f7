import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { LocalCloud } from '../../cloud/local/server';
import { isLoopbackAddress, isLoopbackHostHeader, requireLoopbackPeer } from '../../cloud/local/http/guards';
import { callApi, FIXTURE_FUNCTIONS, JSON_HEADERS, login, startTestCloud } from './helpers';
import { spawnCloud } from './process';

/** A raw request, with headers fetch would not let a test set (Host). */
function request(
  cloud: { port: number },
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: cloud.port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const loginBody = JSON.stringify({ openid: 'u1' });

describe('dev sign-in and the /api/ routes on loopback', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(() => cloud.close());

  it('answers only loopback Host names (no DNS rebinding)', async () => {
    const as = (host: string) => request(cloud, { path: '/api/auth/login', headers: { ...JSON_HEADERS, host }, body: loginBody });
    for (const host of [`127.0.0.1:${cloud.port}`, `localhost:${cloud.port}`, 'localhost', `[::1]:${cloud.port}`, `app.localhost:${cloud.port}`]) {
      assert.equal((await as(host)).status, 200, host);
    }
    for (const host of [`evil.example:${cloud.port}`, 'localhost.evil.example', '127.0.0.1.nip.io', `10.0.0.5:${cloud.port}`]) {
      const res = await as(host);
      assert.equal(res.status, 403, host);
      assert.equal(res.body.code, 'FORBIDDEN_HOST');
    }
    const statics = await request(cloud, { method: 'GET', path: '/', headers: { host: 'evil.example' } });
    assert.equal(statics.status, 403, 'every path, not only /api/');
  });

  it('refuses cross-site simple requests on every /api/ route', async () => {
    const token = await login(cloud, 'u1');
    const auth = { authorization: `Bearer ${token}` };
    const call = JSON.stringify({ action: 'who' });
    // A text/plain body is what a cross-site page can send without a preflight.
    for (const [path, body, extra] of [
      ['/api/auth/login', loginBody, {}],
      ['/api/echo', call, auth],
    ] as const) {
      const plain = await request(cloud, { path, headers: { 'content-type': 'text/plain;charset=UTF-8', ...extra }, body });
      assert.equal(plain.status, 415, path);
      assert.equal(plain.body.code, 'UNSUPPORTED_MEDIA_TYPE');
      const form = await request(cloud, { path, headers: { 'content-type': 'application/x-www-form-urlencoded', ...extra }, body });
      assert.equal(form.status, 415, path);
      const foreign = await request(cloud, { path, headers: { ...JSON_HEADERS, origin: 'http://evil.example', ...extra }, body });
      assert.equal(foreign.status, 403, path);
      assert.deepEqual(foreign.body, { ok: false, code: 'CROSS_SITE', message: '拒绝跨站请求' });
      const nullOrigin = await request(cloud, { path, headers: { ...JSON_HEADERS, origin: 'null', ...extra }, body });
      assert.equal(nullOrigin.status, 403, path);
      const crossSite = await request(cloud, { path, headers: { ...JSON_HEADERS, 'sec-fetch-site': 'cross-site', ...extra }, body });
      assert.equal(crossSite.status, 403, path);
      const own = await request(cloud, {
        path,
        headers: { ...JSON_HEADERS, origin: `http://127.0.0.1:${cloud.port}`, 'sec-fetch-site': 'same-origin', ...extra },
        body,
      });
      assert.equal(own.status, 200, `${path}: the app's own page`);
    }
    const personas = await request(cloud, { method: 'GET', path: '/api/auth/personas', headers: { origin: 'http://evil.example' } });
    assert.equal(personas.status, 403, 'GETs too');
  });
});

describe('dev sign-in rate limit', () => {
  it('allows 30 sign-ins a minute per address, then answers 429 saying when to try again', async () => {
    const cloud = await startTestCloud({ limits: { loginsPerMinute: 30 } });
    try {
      for (let i = 0; i < 30; i++) assert.ok(await login(cloud, `u${i}`));
      const res = await request(cloud, { path: '/api/auth/login', headers: { ...JSON_HEADERS, host: `127.0.0.1:${cloud.port}` }, body: loginBody });
      assert.equal(res.status, 429);
      assert.deepEqual(res.body, { ok: false, code: 'RATE_LIMITED', message: '登录太频繁，请 1 分钟后再试' });
      assert.ok(Number(res.headers['retry-after']) > 0 && Number(res.headers['retry-after']) <= 60);
      // Calls with a session already issued are not sign-ins: they go on.
      assert.equal((await callApi(cloud, await Promise.resolve(cloud.sessions.issue('u1', 'wx')), 'echo', 'who')).status, 200);
    } finally {
      await cloud.close();
    }
  });
});

describe('listening beyond this machine', () => {
  it('turns dev sign-in off and says so at start', async () => {
    const lines: string[] = [];
    const cloud = await startTestCloud({ host: '0.0.0.0', log: (m) => lines.push(m) });
    try {
      assert.match(lines.join('\n'), /非本机地址.*已关闭开发登录/);
      const res = await request(cloud, { path: '/api/auth/login', headers: JSON_HEADERS, body: loginBody });
      assert.equal(res.status, 403);
      assert.equal(res.body.code, 'LOGIN_DISABLED');
    } finally {
      await cloud.close();
    }
  });
});

describe('the database endpoint', () => {
  it('is served to loopback peers only', () => {
    const peer = (remoteAddress: string) => ({ socket: { remoteAddress } }) as unknown as IncomingMessage;
    for (const ok of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) assert.doesNotThrow(() => requireLoopbackPeer(peer(ok)), ok);
    for (const bad of ['192.168.1.5', '10.0.0.1', '::ffff:192.168.1.5', 'fe80::1', '']) {
      assert.throws(() => requireLoopbackPeer(peer(bad)), /只接受本机访问/, bad);
    }
    assert.equal(isLoopbackAddress('127.0.0.1'), true);
    assert.equal(isLoopbackHostHeader('127.0.0.1:80'), true);
  });

  it('has a secret of 32 random bytes or more', async () => {
    const cloud = await startTestCloud({ functionsDir: FIXTURE_FUNCTIONS });
    try {
      assert.match(new URL(cloud.adminUrl).pathname, /^\/admin\/[0-9a-f]{64}$/);
    } finally {
      await cloud.close();
    }
  });

  it('refuses to start with a short LOCALCLOUD_ADMIN_TOKEN', async () => {
    await assert.rejects(startTestCloud({ adminToken: 'test-admin-token' }), /LOCALCLOUD_ADMIN_TOKEN.*64 个十六进制字符/);
    await assert.rejects(spawnCloud(['--memory'], 'abc123'), (err: { code: number; out: string }) => {
      assert.equal(err.code, 1);
      assert.match(err.out, /LOCALCLOUD_ADMIN_TOKEN 太短/);
      return true;
    });
  });
});
