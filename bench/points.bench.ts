/**
 * Points benchmark: 10,000 members and 500,000 ledger entries in the local cloud (strict indexes),
 * called through the points function over HTTP as the app calls it. The summary (积分 tab, with its
 * database requests counted), a ranking page, the branch ranking, and a grant (award) as a write.
 */
import { startBenchCloud, insertBatched, seedBenchOrg } from './harness';
import os from 'node:os';
import type { LocalCloud } from '../cloud/local/server';
import { defaultStandard } from '../cloud/core/points/default-standard';
import { callApi, countDbRequests, seededRandom } from '../tests/cloud/helpers';
import { median, ms, percentile, timeEach } from './stats';

const MEMBERS = Number(process.env['BENCH_MEMBERS'] ?? 10_000);
const ENTRIES_PER_MEMBER = 50;
const BRANCHES = 40;
const ORG = 'org_bench';


/** Writes straight into the store, the way grant() leaves it: totals are the sums of the entries. */
function load(cloud: LocalCloud, year: number, today: string): void {
  const rnd = seededRandom(42);
  const std = defaultStandard(ORG);
  const categoryName = new Map(std.categories.map((c) => [c.id, c.name]));
  const at = new Date();
  seedBenchOrg(cloud, ORG, BRANCHES);
  const users: Array<Record<string, unknown>> = [];
  const totals: Array<Record<string, unknown>> = [];
  const branchCounts: Record<string, number> = {};
  const days = Math.max(1, Math.floor((Date.parse(today) - Date.parse(`${year}-01-01`)) / 86_400_000));
  for (let m = 0; m < MEMBERS; m++) {
    const openid = `bm${m}`;
    const branchId = `bb${m % BRANCHES}`;
    users.push({
      _id: openid,
      name: `党员${m}`,
      avatarUrl: '',
      phone: null,
      roles: ['crew', 'member'],
      branchId,
      orgId: ORG,
      stationId: null,
      createdAt: at,
      updatedAt: at,
    });
    const entries: Array<Record<string, unknown>> = [];
    const byCategory: Record<string, number> = {};
    let total = 0;
    for (let k = 0; k < ENTRIES_PER_MEMBER; k++) {
      const item = std.items[Math.floor(rnd() * std.items.length)]!;
      const date = new Date(Date.parse(`${year}-01-01`) + Math.floor(rnd() * days) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      total += item.points;
      byCategory[item.categoryId] = (byCategory[item.categoryId] ?? 0) + item.points;
      entries.push({
        _id: `award_bench_${m}_${k}`,
        openid,
        memberName: `党员${m}`,
        orgId: ORG,
        branchId,
        year,
        date,
        points: item.points,
        itemId: item.id,
        itemName: item.name,
        categoryId: item.categoryId,
        categoryName: categoryName.get(item.categoryId)!,
        source: item.points > 0 ? 'award' : 'deduction',
        sourceId: `bench_${m}_${k}`,
        reason: '压测数据',
        by: 'bench',
        byName: '压测',
        at: new Date(`${date}T12:00:00+08:00`),
        reverses: null,
      });
    }
    insertBatched(cloud, 'pointLedger', entries);
    totals.push({
      _id: `${year}_${openid}`,
      orgId: ORG,
      branchId,
      openid,
      name: `党员${m}`,
      year,
      total,
      byCategory,
      updatedAt: at,
    });
    branchCounts[branchId] = (branchCounts[branchId] ?? 0) + 1;
  }
  users.push({
    _id: 'bench_admin',
    name: '管理员',
    avatarUrl: '',
    phone: null,
    roles: ['crew', 'org_admin'],
    branchId: null,
    orgId: ORG,
    stationId: null,
    createdAt: at,
    updatedAt: at,
  });
  insertBatched(cloud, 'users', users);
  insertBatched(cloud, 'pointTotals', totals);
  cloud.db.insert('pointStandards', [
    {
      _id: ORG,
      orgId: ORG,
      version: 1,
      categories: std.categories,
      items: std.items,
      stars: std.stars,
      updatedAt: at,
      updatedBy: 'bench',
    },
    { _id: `${ORG}:${year}`, kind: 'stats', orgId: ORG, year, members: MEMBERS, branches: branchCounts },
  ]);
}

async function main(): Promise<void> {
  const cloud = await startBenchCloud();
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  console.log(
    `points benchmark: ${MEMBERS.toLocaleString()} members, ${(MEMBERS * ENTRIES_PER_MEMBER).toLocaleString()} ledger entries, ${BRANCHES} branches, one org (${os.cpus().length} cores)\n`,
  );
  const t = performance.now();
  load(cloud, year, today);
  const loadMs = performance.now() - t;

  const rnd = seededRandom(7);
  const member = () => `bm${Math.floor(rnd() * MEMBERS)}`;
  const token = (openid: string) => cloud.sessions.issue(openid, 'wxbench');
  const call = async (openid: string, action: string, data?: unknown) => {
    const { body } = await callApi(cloud, token(openid), 'points', action, data);
    if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body)}`);
    return body.data;
  };

  await call(member(), 'summary'); // warm up: module load, JIT
  const requests: number[] = [];
  const summary = await timeEach(200, async () => {
    const openid = member();
    const r = await countDbRequests(cloud.db, () => call(openid, 'summary'));
    requests.push(r.requests);
  });
  const branchPage = await timeEach(200, () => call(member(), 'ranking', { scope: 'branch', page: 1, pageSize: 20 }));
  const orgPage = await timeEach(100, () => call(member(), 'ranking', { scope: 'org', page: 1, pageSize: 20 }));
  const deepPage = await timeEach(50, () => call(member(), 'ranking', { scope: 'org', page: 250, pageSize: 20 }));
  const branches = await timeEach(50, () => call(member(), 'branchRanking'));
  // A deduction (no caps, so every call grants): entry + totals in one transaction.
  const grants = await timeEach(100, (i) =>
    call('bench_admin', 'award', {
      requestId: `bench-award-${i}`,
      openid: member(),
      itemId: 'deduct_dues',
      date: today,
      reason: '压测',
    }),
  );
  await cloud.close();

  const maxRequests = Math.max(...requests);
  const rows: Array<[string, string, string]> = [
    ['load through the store (users, ledger, totals)', `${(loadMs / 1000).toFixed(1)} s`, ''],
    ['summary: median of 200 random members', ms(median(summary)), 'target < 50 ms'],
    ['summary: p95', ms(percentile(summary, 95)), ''],
    ['summary: database requests per call (max)', String(maxRequests), 'must be <= 4'],
    ['ranking scope=branch page 1 (median of 200)', ms(median(branchPage)), 'target < 50 ms'],
    ['ranking scope=org page 1 (median of 100)', ms(median(orgPage)), ''],
    ['ranking scope=org page 250 of 500 (median of 50)', ms(median(deepPage)), 'skip walks the index'],
    ['branchRanking: aggregate over the org (median of 50)', ms(median(branches)), ''],
    ['award (a deduction): one grant transaction (median of 100)', ms(median(grants)), ''],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [what, value, note] of rows) console.log(`${what.padEnd(w)}  ${value.padStart(12)}  ${note}`);
  if (maxRequests > 4) throw new Error(`summary made ${maxRequests} database requests (budget 4)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
