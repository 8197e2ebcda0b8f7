import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { callApi, login, startTestCloud } from './helpers';

describe('the front door under load', () => {
  it('with N running and M queued, N+M+k simultaneous slow calls get k busy answers, and the cloud stays up', async () => {
    const cloud = await startTestCloud({ limits: { maxConcurrent: 4, maxQueued: 2 } });
    try {
      const token = await login(cloud, 'u1');
      const results = await Promise.all(Array.from({ length: 9 }, () => callApi(cloud, token, 'echo', 'who', { delayMs: 300 })));
      const busy = results.filter((r) => r.status === 503);
      assert.equal(results.filter((r) => r.status === 200).length, 6);
      assert.equal(busy.length, 3);
      for (const r of busy) assert.deepEqual(r.body, { ok: false, code: 'RATE_LIMITED', message: '服务器繁忙，请稍后再试' });
      assert.equal((await callApi(cloud, token, 'echo', 'who')).status, 200, 'served again once the burst is over');
    } finally {
      await cloud.close();
    }
  });

  it('answers busy a call that waits in the queue too long', async () => {
    const cloud = await startTestCloud({ limits: { maxConcurrent: 1, maxQueued: 5, queueTimeoutMs: 100 } });
    try {
      const token = await login(cloud, 'u1');
      const [slow, waiting] = await Promise.all([
        callApi(cloud, token, 'echo', 'who', { delayMs: 600 }),
        new Promise((r) => setTimeout(r, 50)).then(() => callApi(cloud, token, 'echo', 'who')),
      ]);
      assert.equal(slow.status, 200);
      assert.equal(waiting.status, 503);
      assert.equal(waiting.body.code, 'RATE_LIMITED');
    } finally {
      await cloud.close();
    }
  });

  it('1,000 idle connections: beyond the cap they are closed at once, the rest after the idle timeout; then calls succeed', async () => {
    const idleTimeoutMs = 4000;
    const cloud = await startTestCloud({ limits: { maxConnections: 100, idleTimeoutMs } });
    const sockets: net.Socket[] = [];
    try {
      const token = await login(cloud, 'u1');
      const started = Date.now();
      let closed = 0;
      const allClosed = Promise.all(
        Array.from({ length: 1000 }, () => {
          const socket = net.connect(cloud.port, '127.0.0.1');
          sockets.push(socket);
          socket.on('error', () => {}); // a refused connection is reset
          return new Promise<void>((resolve) =>
            socket.once('close', () => {
              closed++;
              resolve();
            }),
          );
        }),
      );
      while (closed < 900 && Date.now() - started < idleTimeoutMs - 500) await new Promise((r) => setTimeout(r, 50));
      assert.ok(closed >= 900, `connections beyond the cap are closed as they arrive (${closed} closed before the idle timeout)`);
      await allClosed;
      assert.ok(Date.now() - started < idleTimeoutMs + 3000, 'idle connections are closed after the idle timeout');
      assert.equal((await callApi(cloud, token, 'echo', 'who')).status, 200);
    } finally {
      for (const s of sockets) s.destroy();
      await cloud.close();
    }
  });

  it('closes a connection whose request never finishes its headers', async () => {
    const cloud = await startTestCloud({ limits: { headersTimeoutMs: 500 } });
    try {
      const socket = net.connect(cloud.port, '127.0.0.1');
      socket.on('error', () => {});
      socket.write('POST /api/echo HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      let reply = '';
      socket.on('data', (d) => (reply += d.toString()));
      await new Promise((resolve) => socket.once('close', resolve));
      assert.match(reply, /^HTTP\/1\.1 408/);
    } finally {
      await cloud.close();
    }
  });
});
