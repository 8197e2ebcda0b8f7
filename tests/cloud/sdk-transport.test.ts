import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { LocalCloud } from '../../cloud/local/server';
import { serveSdkInProcess, type SdkRequest } from '../../cloud/local/host/sdk-transport';
import { callApi, countDbRequests, login, sdk, startTestCloud } from './helpers';

/** Counts the outgoing HTTP requests this process makes (the SDK calls http.request for each). */
async function countHttpRequests<T>(fn: () => Promise<T>): Promise<number> {
  let n = 0;
  const original = http.request;
  http.request = ((...args: Parameters<typeof http.request>) => {
    n++;
    return original(...args);
  }) as typeof http.request;
  try {
    await fn();
  } finally {
    http.request = original;
  }
  return n;
}

describe('the in-process SDK transport', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud();
  });
  after(() => cloud.close());

  it('answers a function’s database requests without a loopback socket', async () => {
    const token = await login(cloud, 'u1');
    let db = 0;
    const sockets = await countHttpRequests(async () => {
      const { result, requests } = await countDbRequests(cloud.db, () => callApi(cloud, token, 'echo', 'who'));
      assert.equal(result.status, 200);
      db = requests;
    });
    assert.ok(db > 0, 'the function wrote through the SDK');
    assert.equal(sockets, 0, 'no HTTP request left the SDK');
  });

  it('hands over the request the SDK built and signed for CloudBase', async () => {
    const seen: SdkRequest[] = [];
    const url = 'http://127.0.0.1:9/admin/transport-test';
    const stop = serveSdkInProcess(url, (req) => {
      seen.push(req);
      return { requestId: 't', data: { list: [] } };
    });
    const previous = process.env['TCB_CONTEXT_CNFG'];
    process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: url });
    try {
      const { db } = sdk();
      await db.collection('ships').where({ port: '安庆' }).get();
    } finally {
      stop();
      process.env['TCB_CONTEXT_CNFG'] = previous;
    }
    assert.equal(seen.length, 1);
    const [req] = seen;
    assert.match(req!.url, /^http:\/\/127\.0\.0\.1:9\/admin\/transport-test\?env=[^&]*&seqId=/);
    assert.equal(req!.body['action'], 'database.getDocument');
    assert.match(String(req!.headers['Authorization']), /^TC3-HMAC-SHA256 Credential=localcloud\/.* Signature=[0-9a-f]{64}$/);
    assert.ok(req!.headers['X-Timestamp'] && req!.headers['X-Signature-Expires']);
  });

  it('leaves every other URL to the SDK’s own HTTP code', async () => {
    const server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ requestId: 'h', data: { total: 7 } }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const previous = process.env['TCB_CONTEXT_CNFG'];
    process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: `http://127.0.0.1:${(server.address() as { port: number }).port}/admin` });
    try {
      const { db } = sdk();
      let total = 0;
      const requests = await countHttpRequests(async () => {
        total = (await db.collection('ships').count()).total;
      });
      assert.equal(total, 7);
      assert.equal(requests, 1);
    } finally {
      process.env['TCB_CONTEXT_CNFG'] = previous;
      server.close();
    }
  });
});
