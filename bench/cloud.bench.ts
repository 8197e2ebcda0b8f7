/**
 * Local cloud benchmark, through the real wx-server-sdk over HTTP, as cloud functions use it:
 * 100k documents; insert rate, indexed point query, indexed top-20 sorted query, the same
 * query with no index, and cold start of the local cloud on that data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud } from '../cloud/local/server';
import { median, ms, timeEach } from './stats';
import type * as WxServerSdk from 'wx-server-sdk';

const N = Number(process.env['BENCH_DOCS'] ?? 100_000);
const BRANCHES = 50;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redsail-bench-'));
  const indexesFile = path.join(dir, 'indexes.json');
  fs.writeFileSync(
    indexesFile,
    JSON.stringify({
      bench_members: [
        { name: 'member_no', fields: [['no', 1]], unique: true },
        { name: 'branch_total', fields: [['branchId', 1], ['total', -1]] },
      ],
    }),
  );
  const dataDir = path.join(dir, 'data');
  // Over loopback HTTP, as its figures in the README were measured; bench/load.bench.ts compares that path with the in-process one.
  const opts = { dataDir, functionsDir: path.join(__dirname, '..', 'cloud', 'functions'), indexesFile, sdkTransport: 'http' as const, log: () => {} };
  let cloud = await startLocalCloud(opts);
  process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: cloud.adminUrl });
  const sdk = require('wx-server-sdk') as typeof WxServerSdk;
  sdk.init({ env: 'bench' });
  const db: any = sdk.database();
  const coll = () => db.collection('bench_members');
  const doc = (i: number) => ({
    no: i,
    name: `党员${i}`,
    branchId: `b${i % BRANCHES}`,
    region: `r${i % 7}`,
    total: (i * 7919) % 1000,
    score2: (i * 104729) % 5000,
    joinedAt: new Date(Date.UTC(2000 + (i % 25), i % 12, 1)),
  });

  console.log(`local cloud benchmark: ${N.toLocaleString()} documents, via wx-server-sdk over HTTP (${os.cpus().length} cores)\n`);
  const singles = 2000;
  let t = performance.now();
  for (let i = 0; i < singles; i++) await coll().add({ data: doc(i) });
  const singleRate = singles / ((performance.now() - t) / 1000);
  t = performance.now();
  const batch = 1000;
  for (let i = singles; i < N; i += batch) {
    await coll().add({ data: Array.from({ length: Math.min(batch, N - i) }, (_v, k) => doc(i + k)) });
  }
  const batchRate = (N - singles) / ((performance.now() - t) / 1000);

  const point = await timeEach(300, (i) => coll().where({ no: (i * 331) % N }).get());
  const top20 = await timeEach(300, (i) => coll().where({ branchId: `b${i % BRANCHES}` }).orderBy('total', 'desc').limit(20).get());
  const unindexed = await timeEach(20, (i) => coll().where({ region: `r${i % 7}` }).orderBy('score2', 'desc').limit(20).get());
  const byId = await timeEach(300, async (i) => {
    const r = await coll().where({ no: i }).limit(1).get();
    return r;
  });

  await cloud.close(); // a clean stop compacts the journal into a snapshot
  const snapshotBytes = fs.statSync(path.join(dataDir, 'snapshot.db')).size;
  t = performance.now();
  cloud = await startLocalCloud(opts);
  const coldStart = performance.now() - t;
  process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: cloud.adminUrl });
  const check = (await coll().count()).total;
  await cloud.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const rows: Array<[string, string, string]> = [
    ['insert, one document per add()', `${Math.round(singleRate).toLocaleString()} docs/s`, ''],
    ['insert, 1000 documents per add()', `${Math.round(batchRate).toLocaleString()} docs/s`, ''],
    ['indexed point query where({no}) (median of 300)', ms(median(point)), 'target < 5 ms'],
    ['indexed point query, another 300', ms(median(byId)), 'target < 5 ms'],
    ['indexed top-20: where({branchId}).orderBy(total desc).limit(20)', ms(median(top20)), 'target < 5 ms'],
    ['same shape, no index: where({region}).orderBy(score2 desc).limit(20)', ms(median(unindexed)), 'full scan'],
    [`cold start with ${check.toLocaleString()} documents (${(snapshotBytes / 1e6).toFixed(1)} MB snapshot)`, ms(coldStart), 'target < 3000 ms'],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [what, value, note] of rows) console.log(`${what.padEnd(w)}  ${value.padStart(14)}  ${note}`);
  if (check !== N) throw new Error(`expected ${N} documents after restart, found ${check}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
