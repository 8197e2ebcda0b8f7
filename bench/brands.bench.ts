/**
 * Brands benchmark: one org of 10,000 members in 40 branches, each branch with a published brand,
 * this year's finished volunteer activities (20 per branch, 15 credited attendees each), every
 * member's points totals, views and likes; called through the brands function over HTTP as the app
 * calls it (strict indexes). The brand matrix (一主多元 with live numbers for every tile) and the
 * home carousel, each timed with its database requests counted.
 */
import os from 'node:os';
import type { LocalCloud } from '../cloud/local/server';
import { callApi, countDbRequests, seededRandom } from '../tests/cloud/helpers';
import { insertBatched, seedBenchOrg, startBenchCloud } from './harness';
import { loadMembersAndActivities } from './org-fixture';
import { median, ms, percentile, timeEach } from './stats';

const MEMBERS = Number(process.env['BENCH_MEMBERS'] ?? 10_000);
const BRANCHES = 40;
const ACTIVITIES_PER_BRANCH = 20;
const ATTENDEES = 15;
const ORG = 'org_bench';

function brand(id: string, branchId: string | null, name: string, at: Date): Record<string, unknown> {
  const content = {
    name,
    slogan: '支部有品牌、服务有特色、工作有亮点',
    logo: null,
    cover: null,
    meaning: '压测品牌内涵。',
    story: Array.from({ length: 12 }, (_v, i) => ({
      type: 'paragraph',
      text: `第 ${i + 1} 段：常态化开展党员志愿服务，搭建联系船员、服务船员的连心桥。`,
    })),
    carriers: [{ title: '党员示范岗', text: '带头服务比贡献。' }],
    results: [{ kind: 'live', metric: 'members', label: '' }],
    honours: [{ name: '五星级党支部', level: 'municipal', year: null, issuer: '市直机关工委' }],
    gallery: [],
  };
  return {
    _id: id,
    kind: branchId ? 'branch' : 'org',
    orgId: ORG,
    branchId,
    orgName: '压测党委',
    ownerName: name,
    draft: content,
    version: 1,
    published: content,
    publishedVersion: 1,
    publishedAt: at,
    publishedBy: 'bench',
    listed: true,
    createdAt: at,
    createdBy: 'bench',
    updatedAt: at,
    updatedBy: 'bench',
    updatedByName: '压测',
  };
}

function load(cloud: LocalCloud, year: number): void {
  const at = new Date();
  seedBenchOrg(cloud, ORG, BRANCHES);
  const branches = Array.from({ length: BRANCHES }, (_v, b) => ({ id: `bb${b}`, name: `第${b + 1}党支部` }));
  loadMembersAndActivities(cloud, { orgId: ORG, branches, members: MEMBERS, year, activitiesPerBranch: ACTIVITIES_PER_BRANCH, attendees: ATTENDEES, prefix: 'bm' });

  const brands = [
    brand(`o-${ORG}`, null, '压测主品牌', at),
    ...Array.from({ length: BRANCHES }, (_v, b) => brand(`b-bb${b}`, `bb${b}`, `支部品牌${b + 1}`, at)),
  ];
  insertBatched(cloud, 'brands', brands);
  // Each brand seen and liked: every shard of its counters holds a count.
  const counters = brands.flatMap((x) =>
    Array.from({ length: 16 }, (_v, s) => [
      { _id: `brand:${x['_id']}:views:${s}`, target: `brand:${x['_id']}`, metric: 'views', n: 50 },
      { _id: `brand:${x['_id']}:likes:${s}`, target: `brand:${x['_id']}`, metric: 'likes', n: 5 },
    ]).flat(),
  );
  insertBatched(cloud, 'brandCounters', counters);
  cloud.db.insert('brandCarousels', [
    {
      _id: ORG,
      items: brands.slice(0, 6).map((x) => ({ kind: 'brand', id: x['_id'] })),
      version: 1,
      updatedAt: at,
      updatedBy: 'bench',
    },
  ]);
}

async function main(): Promise<void> {
  const cloud = await startBenchCloud();
  const year = Number(new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 4));
  console.log(
    `brands benchmark: ${MEMBERS.toLocaleString()} members, ${BRANCHES} branches with brands, ${(BRANCHES * ACTIVITIES_PER_BRANCH).toLocaleString()} finished activities, ${(BRANCHES * ACTIVITIES_PER_BRANCH * ATTENDEES).toLocaleString()} credited sign-ups (${os.cpus().length} cores)\n`,
  );
  const t = performance.now();
  load(cloud, year);
  const loadMs = performance.now() - t;
  const rnd = seededRandom(7);
  const member = () => `bm${Math.floor(rnd() * MEMBERS)}`;
  const call = async (openid: string, action: string, data?: unknown) => {
    const { body } = await callApi(cloud, cloud.sessions.issue(openid, 'wxbench'), 'brands', action, data);
    if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body)}`);
    return body.data;
  };
  const counted = async (n: number, action: string) => {
    const requests: number[] = [];
    const times = await timeEach(n, async () => {
      const openid = member();
      requests.push((await countDbRequests(cloud.db, () => call(openid, action, {}))).requests);
    });
    return { times, requests: Math.max(...requests) };
  };

  await call(member(), 'matrix', {}); // warm up: module load, JIT
  await call(member(), 'carousel', {});
  const matrix = await counted(100, 'matrix');
  const carousel = await counted(200, 'carousel');
  await cloud.close();

  const rows: Array<[string, string, string]> = [
    ['load through the store', `${(loadMs / 1000).toFixed(1)} s`, ''],
    ['matrix: 41 tiles with live numbers (median of 100)', ms(median(matrix.times)), ''],
    ['matrix: p95', ms(percentile(matrix.times, 95)), ''],
    ['matrix: database requests per call (max)', String(matrix.requests), 'budget 9'],
    ['carousel: 6 published items (median of 200)', ms(median(carousel.times)), ''],
    ['carousel: p95', ms(percentile(carousel.times, 95)), ''],
    ['carousel: database requests per call (max)', String(carousel.requests), 'budget 3'],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [what, value, note] of rows) console.log(`${what.padEnd(w)}  ${value.padStart(12)}  ${note}`);
  if (matrix.requests > 9) throw new Error(`matrix made ${matrix.requests} database requests (budget 9: the member count comes from users)`);
  if (carousel.requests > 3) throw new Error(`carousel made ${carousel.requests} database requests (budget 3)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
