/**
 * Home benchmark: the demo organisation (济宁市港航事业发展中心党委, HOME_ORG_ID) grown to 10,000
 * members over its five branches, with this year's points totals and 100 finished volunteer
 * activities per branch; the home page's data for each role, called over HTTP as the app calls it
 * (strict indexes): home.get, and account.whoami for a signed-in person (the page's two calls, made
 * together). Median, p95, function calls and database requests per role.
 */
import os from 'node:os';
import { callApi, countDbRequests } from '../tests/cloud/helpers';
import { startBenchCloud } from './harness';
import { loadMembersAndActivities } from './org-fixture';
import { median, ms, percentile, timeEach } from './stats';

const MEMBERS = Number(process.env['BENCH_MEMBERS'] ?? 10_000);
const RUNS = 50;
const BRANCHES = [
  { id: 'br_jiguan1', name: '机关第一党支部' },
  { id: 'br_rencheng', name: '任城港航党支部' },
  { id: 'br_zhihui', name: '智慧港航党支部' },
  { id: 'br_chuanjian', name: '船舶检验党支部' },
  { id: 'br_fuwu', name: '港航服务党支部' },
];
const ROLES: Array<[string, string]> = [
  ['visitor', 'bench_visitor'],
  ['crew', 'demo_crew'],
  ['member', 'demo_member_a'],
  ['secretary', 'demo_secretary'],
  ['station staff', 'demo_staff'],
  ['org admin', 'demo_admin'],
];
/** Each role's budget of database requests for the page's calls together (one is the image gate's look-up). */
const BUDGET = 17;

async function main(): Promise<void> {
  const cloud = await startBenchCloud({ seedDemo: true });
  const year = Number(new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 4));
  loadMembersAndActivities(cloud, { orgId: 'org_jining', branches: BRANCHES, members: MEMBERS, year, activitiesPerBranch: 100, attendees: 15, prefix: 'hm' });
  console.log(`home benchmark: ${MEMBERS.toLocaleString()} more members in the demo organisation, ${BRANCHES.length * 100} finished activities (${os.cpus().length} cores)\n`);

  const rows: Array<[string, string, string, string, string]> = [['role', 'median', 'p95', 'function calls', 'database requests']];
  let over = '';
  for (const [role, openid] of ROLES) {
    const token = cloud.sessions.issue(openid, 'wxbench');
    // The page's calls: home.get always; whoami (the me-store) once someone is signed in.
    const calls: Array<[string, string]> = role === 'visitor' ? [['home', 'get']] : [['home', 'get'], ['account', 'whoami']];
    const page = () =>
      Promise.all(
        calls.map(async ([fn, action]) => {
          const { body } = await callApi(cloud, token, fn, action, {});
          if (!body.ok) throw new Error(`${role} ${fn}.${action}: ${JSON.stringify(body)}`);
        }),
      );
    await page(); // warm up: module load, JIT, the person's first sight
    let requests = 0;
    const times = await timeEach(RUNS, async () => {
      requests = Math.max(requests, (await countDbRequests(cloud.db, page)).requests);
    });
    rows.push([role, ms(median(times)), ms(percentile(times, 95)), String(calls.length), String(requests)]);
    if (requests > BUDGET) over += `${role}: ${requests} database requests (budget ${BUDGET})\n`;
  }
  await cloud.close();
  const widths = rows[0]!.map((_c, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  if (over) throw new Error(over);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
