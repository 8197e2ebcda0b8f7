/**
 * The local cloud for the load benchmark, in a process of its own (so its memory is
 * measured alone): demo data plus BENCH_MEMBERS party members (load_m0…) across the
 * demo branches. BENCH_TRANSPORT picks how the functions reach the store: `http` (the
 * old loopback path) or `in-process`. Prints one JSON line when it listens.
 */
import path from 'node:path';
import { startLocalCloud } from '../cloud/local/server';
import { BRANCHES } from '../cloud/local/seed/demo-data';

const transport = process.env['BENCH_TRANSPORT'] === 'http' ? 'http' : 'in-process';
const members = Number(process.env['BENCH_MEMBERS'] ?? 100);

async function main(): Promise<void> {
  const cloud = await startLocalCloud({
    dataDir: process.env['BENCH_DATA'] ?? null,
    functionsDir: path.join(__dirname, '..', 'cloud', 'functions'),
    devLogin: true,
    seedDemo: true,
    sdkTransport: transport,
    log: () => {},
  });
  const at = new Date();
  cloud.db.insert(
    'users',
    Array.from({ length: members }, (_v, i) => ({
      _id: `load_m${i}`,
      name: `压测党员${i}`,
      avatarUrl: '',
      phone: null,
      roles: ['crew', 'member'],
      branchId: BRANCHES[i % BRANCHES.length]!._id,
      orgId: 'org_jining',
      stationId: null,
      createdAt: at,
      updatedAt: at,
    })),
  );
  process.once('SIGTERM', () => void cloud.close().then(() => process.exit(0)));
  console.log(JSON.stringify({ url: cloud.url, pid: process.pid }));
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
