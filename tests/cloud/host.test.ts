import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { callApi, FIXTURE_FUNCTIONS, JSON_HEADERS, login, startTestCloud } from './helpers';
import { exitOf, spawnCloud } from './process';

describe('functions host', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(() => cloud.close());

  it('gives overlapping calls each their own caller', async () => {
    const openids = Array.from({ length: 20 }, (_v, i) => `crew_${i}`);
    const tokens = await Promise.all(openids.map((o) => login(cloud, o)));
    const results = await Promise.all(
      tokens.map((t, i) => callApi(cloud, t, 'echo', 'who', { delayMs: (i * 7) % 30 })),
    );
    results.forEach((r, i) => {
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.data.before, openids[i]);
      assert.deepEqual(r.body.data.after, openids[i], 'still the same caller after awaiting the database');
      assert.deepEqual(r.body.data.userInfo, { appId: 'wxlocalcloud', openId: openids[i] });
    });
  });

  it('refuses calls without a valid session token', async () => {
    assert.equal((await callApi(cloud, null, 'echo', 'who')).status, 401);
    const forged = Buffer.from(JSON.stringify({ openid: 'admin', appid: 'x', exp: 9e9 })).toString('base64url') + '.abc';
    const res = await callApi(cloud, forged, 'echo', 'who');
    assert.equal(res.status, 401);
    assert.deepEqual(res.body, { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('validates the demo login', async () => {
    const bad = await fetch(`${cloud.url}/api/auth/login`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ openid: '../x' }) });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { code: string }).code, 'INVALID_OPENID');
    const notJson = await fetch(`${cloud.url}/api/auth/login`, { method: 'POST', headers: JSON_HEADERS, body: '{' });
    assert.equal(notJson.status, 400);
  });

  it('answers 404 for an unknown function', async () => {
    const res = await callApi(cloud, await login(cloud, 'u1'), 'nope', 'x');
    assert.equal(res.status, 404);
    assert.equal(res.body.code, 'FUNCTION_NOT_FOUND');
  });

});

describe('a stray rejection inside a function', () => {
  // In its own process, as `npm run cloud` runs: on Node 20 an unhandled rejection would end it.
  it('is logged and the local cloud keeps serving', async () => {
    const proc = await spawnCloud(['--memory', '--functions', FIXTURE_FUNCTIONS]);
    try {
      const token = await login(proc, 'u1');
      assert.equal((await callApi(proc, token, 'echo', 'reject')).status, 200);
      await new Promise((r) => setTimeout(r, 50));
      assert.equal((await callApi(proc, token, 'echo', 'who')).body.data.before, 'u1');
      assert.match(proc.output(), /未处理的异步错误：stray rejection/);
    } finally {
      proc.child.kill('SIGTERM');
      await exitOf(proc.child);
    }
  });
});

describe('login switched off', () => {
  it('refuses /api/auth/login', async () => {
    const cloud = await startTestCloud({ devLogin: false });
    const res = await fetch(`${cloud.url}/api/auth/login`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ openid: 'u1' }) });
    assert.equal(res.status, 403);
    await cloud.close();
  });
});
