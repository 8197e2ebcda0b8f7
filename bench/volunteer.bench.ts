/**
 * Volunteer sign-up burst: N distinct people sign up for one activity with S seats (waitlist on)
 * through the local cloud's HTTP API (POST /api/volunteer with session tokens), C requests in
 * flight at a time. Prints throughput, latency, and the seat counts: overbooking must be 0.
 */
import { startBenchCloud } from './harness';
import os from 'node:os';
import { callMany } from '../tests/cloud/helpers';
import { ms, percentile } from './stats';

const SIGNUPS = Number(process.env['BENCH_SIGNUPS'] ?? 500);
const SEATS = Number(process.env['BENCH_SEATS'] ?? 50);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
const HOUR = 3600 * 1000;

async function main(): Promise<void> {
  const cloud = await startBenchCloud();
  const now = Date.now();
  const activity = (id: string) => ({
    _id: id,
    orgId: 'org_bench',
    branchId: 'bb0',
    branchName: '压测党支部',
    title: '植树',
    cover: null,
    description: '',
    place: { name: '南四湖', lat: null, lng: null },
    startAt: new Date(now + 48 * HOUR),
    endAt: new Date(now + 50 * HOUR),
    signupDeadline: new Date(now + 24 * HOUR),
    cancelDeadline: new Date(now + 24 * HOUR),
    capacity: SEATS,
    remaining: SEATS,
    holders: [],
    waitlist: true,
    serviceHours: 0,
    pointsItemId: null,
    pointsItemName: null,
    points: 0,
    pointsItem: null,
    audience: 'public',
    status: 'published',
    enrolled: 0,
    createdAt: new Date(now),
    createdBy: 'bench',
    createdByName: '压测',
    updatedAt: new Date(now),
    cancelReason: null,
    secret: 'bench',
    closedAt: null,
  });
  cloud.db.insert('activities', [activity('bench_warm'), activity('bench_burst')]);
  console.log(
    `volunteer sign-up burst: ${SIGNUPS} people, ${SEATS} seats (waitlist on), ${CONCURRENCY} requests in flight, HTTP to 127.0.0.1 (${os.cpus().length} cores)\n`,
  );
  // Warm up: module load, JIT, connections.
  await callMany(cloud, Array.from({ length: 20 }, (_v, i) => `warm_${i}`), 'volunteer', 'signUp', { id: 'bench_warm' }, 10);

  const people = Array.from({ length: SIGNUPS }, (_v, i) => `bench_user_${i}`);
  const t = performance.now();
  const { bodies, times } = await callMany(cloud, people, 'volunteer', 'signUp', { id: 'bench_burst' }, CONCURRENCY);
  const seconds = (performance.now() - t) / 1000;
  const failed = bodies.filter((b) => !b.ok);
  const enrolled = cloud.db.find('enrollments', { activityId: 'bench_burst', status: 'enrolled' }).length;
  const waitlisted = cloud.db.find('enrollments', { activityId: 'bench_burst', status: 'waitlisted' }).length;
  const doc = cloud.db.find('activities', { _id: 'bench_burst' })[0]!;
  await cloud.close();

  const overbooking = Math.max(0, enrolled - SEATS);
  const rows: Array<[string, string, string]> = [
    ['sign-ups per second', (SIGNUPS / seconds).toFixed(0), `${SIGNUPS} in ${seconds.toFixed(2)} s`],
    ['latency p50', ms(percentile(times, 50)), ''],
    ['latency p95', ms(percentile(times, 95)), ''],
    ['enrolled', String(enrolled), `seat holders ${String((doc['holders'] as unknown[]).length)}, remaining ${String(doc['remaining'])}`],
    ['waitlisted', String(waitlisted), 'counted from the enrollments'],
    ['failed calls', String(failed.length), 'must be 0'],
    ['overbooking (enrolled - capacity)', String(overbooking), 'must be 0'],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [what, value, note] of rows) console.log(`${what.padEnd(w)}  ${value.padStart(12)}  ${note}`);
  if (failed.length) throw new Error(`failed sign-ups, e.g. ${JSON.stringify(failed[0])}`);
  if (overbooking > 0 || enrolled + waitlisted !== SIGNUPS) throw new Error('seats are not consistent');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
