/**
 * Captures the exact database requests the pinned wx-server-sdk sends for every
 * kind of call RedSail makes. tests/cloud/conformance.test.ts compares a fresh
 * capture with tests/fixtures/sdk-requests.json, so an SDK upgrade that changes
 * the wire format fails a test. `npx tsx scripts/sdk-capture.ts --write` refreshes it.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type * as WxServerSdk from 'wx-server-sdk';
import { setLocalSdkCredentials } from '../cloud/local/host/sdk-env';
import { serveSdkInProcess } from '../cloud/local/host/sdk-transport';

export interface CapturedRequest {
  call: string;
  path: string;
  body: Record<string, unknown>;
}

export const FIXTURE = path.join(__dirname, '..', 'tests', 'fixtures', 'sdk-requests.json');

/** Minimal well-formed answers, so the SDK goes on to its next request. */
function reply(action: string): unknown {
  switch (action) {
    case 'database.getDocument':
    case 'database.aggregateDocuments':
      return { data: { list: [] } };
    case 'database.calculateDocument':
      return { data: { total: 0 } };
    case 'database.insertDocument':
      return { data: { insertedIds: ['fixture-id'] } };
    case 'database.modifyDocument':
      return { data: { updated: 1 } };
    case 'database.removeDocument':
      return { data: { deleted: 1 } };
    case 'database.startTransaction':
      return { transactionId: 'fixture-tx' };
    case 'storage.batchGetDownloadUrl':
      return { data: { download_list: [] } };
    default:
      return {};
  }
}

// The SDK's typings do not describe its query builder.
type Db = any;

const CALLS: Array<[string, (db: Db, cloud: typeof WxServerSdk) => Promise<unknown>]> = [
  ['where-get', (db) => {
    const _ = db.command;
    return db.collection('ships').where({ tons: _.gt(800).and(_.lte(3000)), port: _.in(['武汉', '安庆']), name: db.RegExp({ regexp: '^长江', options: 'i' }), built: _.gte(new Date('2020-01-01T00:00:00Z')), owner: _.exists(true) })
      .orderBy('tons', 'desc').orderBy('name', 'asc').skip(20).limit(10).field({ name: true, tons: true }).get();
  }],
  ['where-or-get', (db) => db.collection('ships').where(db.command.or([{ port: '安庆' }, { tons: db.command.lt(200) }])).get()],
  ['doc-get', (db) => db.collection('ships').doc('s1').get()],
  ['count', (db) => db.collection('ships').where({ port: db.command.neq('武汉') }).count()],
  ['add-one', (db) => db.collection('ledger').add({ data: { _id: 'e1', points: 5, at: new Date('2026-01-02T03:04:05Z'), createdAt: db.serverDate() } })],
  ['add-many', (db) => db.collection('ledger').add({ data: [{ _id: 'e2', points: 1 }, { _id: 'e3', points: -2 }] })],
  ['doc-set', (db) => db.collection('users').doc('u1').set({ data: { name: '王海', roles: ['crew'] } })],
  ['doc-update', (db) => {
    const _ = db.command;
    return db.collection('users').doc('u1').update({ data: { points: _.inc(5), 'stats.claims': _.inc(1), note: _.remove(), badges: _.push(['示范岗']), tags: _.addToSet('党员'), old: _.pull('x'), weight: _.mul(2), best: _.max(10), low: _.min(0), q: _.pop(), r: _.shift(), s: _.unshift([1]), name: '王海', updatedAt: db.serverDate() } });
  }],
  ['where-update', (db) => db.collection('activities').where({ _id: 'a1', remaining: db.command.gt(0) }).update({ data: { remaining: db.command.inc(-1) } })],
  ['doc-remove', (db) => db.collection('users').doc('u1').remove()],
  ['where-remove', (db) => db.collection('ledger').where({ points: db.command.lt(0) }).remove()],
  ['aggregate', (db) => {
    const $ = db.command.aggregate;
    return db.collection('ledger').aggregate().match({ year: 2026 }).group({ _id: '$branchId', total: $.sum('$points'), n: $.sum(1) })
      .lookup({ from: 'branches', localField: '_id', foreignField: '_id', as: 'branch' })
      .project({ _id: 0, total: 1, name: $.arrayElemAt(['$branch.name', 0]) }).sort({ total: -1 }).skip(0).limit(20).end();
  }],
  ['transaction', async (db) => {
    const t = await db.startTransaction();
    await t.collection('accounts').doc('a').get().catch(() => null);
    await t.collection('accounts').doc('a').update({ data: { balance: 1 } });
    await t.collection('accounts').doc('b').set({ data: { balance: 2 } });
    await t.collection('transfers').add({ data: { _id: 't1', amount: 1 } });
    await t.collection('accounts').doc('c').remove();
    await t.commit();
  }],
  ['transaction-abort', async (db) => {
    const t = await db.startTransaction();
    await t.rollback();
  }],
  // Claims check their evidence photos exist (core/points/evidence.ts).
  ['get-temp-file-url', async (_db, cloud) => cloud.getTempFileURL({ fileList: ['cloud://fixture-env.bucket/claims/u1/a.jpg'] })],
];

/**
 * Runs every call against a stub endpoint and returns the requests the SDK sent: over HTTP
 * (what CloudBase receives), or through the local cloud's in-process transport, which must
 * see exactly the same requests.
 */
export async function captureSdkRequests(via: 'http' | 'in-process' = 'http'): Promise<CapturedRequest[]> {
  const captured: CapturedRequest[] = [];
  let current = '';
  const record = (url: string, body: Record<string, unknown>) => {
    captured.push({ call: current, path: new URL(url, 'http://x').pathname, body });
    return { requestId: 'fixture', ...(reply(String(body['action'])) as object) };
  };
  let stop: () => void;
  let endpoint: string;
  if (via === 'in-process') {
    endpoint = 'http://127.0.0.1:9/admin'; // never dialled: answered inside this process
    stop = serveSdkInProcess(endpoint, ({ url, body }) => record(url, body));
  } else {
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(record(req.url ?? '/', JSON.parse(body) as Record<string, unknown>)));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin`;
    stop = () => server.close();
  }
  process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: endpoint });
  setLocalSdkCredentials();
  const cloud = require('wx-server-sdk') as typeof WxServerSdk;
  cloud.init({ env: 'fixture-env' });
  const db = cloud.database();
  try {
    for (const [name, run] of CALLS) {
      current = name;
      await run(db, cloud).catch(() => undefined); // empty answers make some calls fail after sending; the request is what counts
    }
  } finally {
    stop();
  }
  return captured;
}

if (require.main === module && process.argv.includes('--write')) {
  captureSdkRequests().then((reqs) => {
    fs.mkdirSync(path.dirname(FIXTURE), { recursive: true });
    fs.writeFileSync(FIXTURE, `${JSON.stringify(reqs, null, 2)}\n`);
    console.log(`wrote ${reqs.length} requests to ${path.relative(process.cwd(), FIXTURE)}`);
  });
}
