/**
 * Stations benchmark, through the local cloud's HTTP API with strict indexes:
 * 1. "nearest open stations offering a service" for random positions among 10,000 stations:
 *    median and p95, and the database requests per call;
 * 2. a booking burst: 300 crew for one slot of 20 seats (50 in flight): overfill must be 0.
 */
import { startBenchCloud, insertBatched } from './harness';
import os from 'node:os';
import type { LocalCloud } from '../cloud/local/server';
import { SERVICE_IDS } from '../contracts/stations-catalog';
import type { StationDoc } from '../cloud/core/stations/docs';
import { rowsFor } from '../cloud/core/stations/index-rows';
import { callApi, callMany, countDbRequests, seededRandom } from '../tests/cloud/helpers';
import { median, ms, percentile } from './stats';
import { chinaClock, isOpenAt } from '../contracts/stations-hours';

const STATIONS = Number(process.env['BENCH_STATIONS'] ?? 10_000);
const QUERIES = 1000;
const BURST = 300;
const SEATS = 20;


/** Stations spread over eastern China (lat 22–40, lng 104–122), each with a random half of the services. */
function load(cloud: LocalCloud, now: Date): void {
  const rnd = seededRandom(7);
  const docs: StationDoc[] = [];
  for (let i = 0; i < STATIONS; i++) {
    const services = SERVICE_IDS.filter(() => rnd() < 0.4).map((serviceId) => ({ serviceId, hours: null, note: '', confirmedOn: null, booking: null }));
    const night = rnd() < 0.2;
    docs.push({
      _id: `bs${i}`,
      orgId: 'org_bench',
      key: `b${i.toString(36)}`,
      name: `压测驿站${i}号`,
      kind: 'crew_station',
      address: '',
      port: `港${i % 50}`,
      location: { lat: 22 + rnd() * 18, lng: 104 + rnd() * 18 },
      waterwayId: i % 2 ? 'changjiang' : 'jinghang',
      km: Math.floor(rnd() * 2000),
      arrival: { mooring: '', shuttle: '', note: '' },
      phones: [{ label: '值班', number: '0537-2345678' }],
      photos: [],
      parcel: null,
      hours: Array.from({ length: 7 }, () => (night ? [{ open: '20:00', close: '06:00' }] : [{ open: '08:00', close: '20:00' }])),
      exceptions: [],
      closure: rnd() < 0.05 ? { reason: '大风停航', since: now.toISOString(), until: new Date(now.getTime() + 86_400_000).toISOString() } : null,
      services,
      active: true,
      demo: false,
      indexed: true,
      createdAt: now,
      updatedAt: now,
    });
  }
  insertBatched(cloud, 'stations', docs);
  insertBatched(cloud, 'stationIndex', docs.flatMap(rowsFor));
}

async function main(): Promise<void> {
  const cloud = await startBenchCloud();
  const now = new Date();
  const t0 = performance.now();
  load(cloud, now);
  console.log(`stations: ${STATIONS} stations loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s (${os.cpus().length} cores, strict indexes)\n`);

  const token = cloud.sessions.issue('bench_crew', 'wxtest');
  const rnd = seededRandom(11);
  const query = () => ({ lat: 23 + rnd() * 16, lng: 105 + rnd() * 16, serviceId: SERVICE_IDS[Math.floor(rnd() * SERVICE_IDS.length)], openNow: true, limit: 20 });
  for (let i = 0; i < 20; i++) await callApi(cloud, token, 'stations', 'nearby', query()); // warm up
  const times: number[] = [];
  const requests: number[] = [];
  let rows = 0;
  for (let i = 0; i < QUERIES; i++) {
    const q = query();
    const t = performance.now();
    const { result, requests: n } = await countDbRequests(cloud.db, () => callApi(cloud, token, 'stations', 'nearby', q));
    times.push(performance.now() - t);
    requests.push(n);
    if (!result.body.ok) throw new Error(JSON.stringify(result.body));
    rows += result.body.data.length;
  }

  // Booking burst: one slot of SEATS, BURST crew at once.
  cloud.db.insert('stations', [
    {
      _id: 'bs_burst',
      orgId: 'org_bench',
      key: 'burst1',
      name: '压测预约驿站',
      kind: 'crew_station',
      address: '',
      port: '',
      location: { lat: 30, lng: 117 },
      waterwayId: null,
      km: null,
      arrival: { mooring: '', shuttle: '', note: '' },
      phones: [],
      photos: [],
      parcel: null,
      hours: Array.from({ length: 7 }, () => [{ open: '00:00', close: '24:00' }]),
      exceptions: [],
      closure: null,
      services: [
        {
          serviceId: 'free_boat',
          hours: null,
          note: '',
          confirmedOn: null,
          booking: {
            slots: Array.from({ length: 7 }, (_v, weekday) => ({ weekday, start: '23:00', end: '23:59', capacity: SEATS })),
            perPersonPerDay: 1,
            cancelBeforeMinutes: 0,
            maxPeople: 1,
            daysAhead: 2,
            waitlist: true,
          },
        },
      ],
      active: true,
      demo: false,
      indexed: true,
      createdAt: now,
      updatedAt: now,
    },
  ]);
  const days = (await callApi(cloud, token, 'stations', 'slots', { stationId: 'bs_burst', serviceId: 'free_boat' })).body.data;
  const slot = days[1].slots[0];
  const people = Array.from({ length: BURST }, (_v, i) => `bench_crew_${i}`);
  const input = { requestId: 'bench-burst-0001', slotId: slot.id, people: 1, ship: null, eta: null, phone: '13900000001', note: '', reminder: false };
  const tb = performance.now();
  const { bodies, times: bookTimes } = await callMany(cloud, people, 'stations', 'book', input, 50);
  const seconds = (performance.now() - tb) / 1000;
  const doc = cloud.db.find('stationSlots', { _id: slot.id })[0]!;
  const booked = cloud.db.find('bookings', { slotId: slot.id, status: 'booked' }).length;
  const waitlisted = cloud.db.find('bookings', { slotId: slot.id, status: 'waitlisted' }).length;
  const stationsNow = cloud.db.find('stations', { orgId: 'org_bench' }) as unknown as StationDoc[];
  await cloud.close();

  const overfill = Math.max(0, booked - SEATS, (doc['taken'] as number) - SEATS);
  const openShare = stationsNow.filter((s) => isOpenAt(s, now)).length / stationsNow.length;
  const table: Array<[string, string, string]> = [
    ['stations open now', `${(openShare * 100).toFixed(0)}%`, `China time ${chinaClock(now)}: the fewer open, the further the search widens`],
    ['nearest open, by service: median', ms(median(times)), `${QUERIES} random positions, 20 rows asked`],
    ['nearest open, by service: p95', ms(percentile(times, 95)), ''],
    ['database requests per call', `${median(requests)}`, `max ${Math.max(...requests)}, rows per answer ${(rows / QUERIES).toFixed(1)}`],
    ['booking burst: bookings per second', (BURST / seconds).toFixed(0), `${BURST} crew, ${SEATS} seats, 50 in flight`],
    ['booking burst: p50', ms(percentile(bookTimes, 50)), ''],
    ['booking burst: p95', ms(percentile(bookTimes, 95)), ''],
    ['booked / waitlisted', `${booked} / ${waitlisted}`, `slot: taken ${String(doc['taken'])}, queue ${String(doc['queued'])}`],
    ['refused (waitlist full)', String(bodies.filter((b) => !b.ok && /约满/.test(b.message)).length), `waitlist holds at most 100; other failures: ${bodies.filter((b) => !b.ok && !/约满/.test(b.message)).length}`],
    ['overfill', String(overfill), 'must be 0'],
  ];
  const w = Math.max(...table.map((r) => r[0].length));
  for (const [what, value, note] of table) console.log(`${what.padEnd(w)}  ${value.padStart(12)}  ${note}`);
  const full = bodies.filter((b) => !b.ok && /约满/.test(b.message)).length;
  if (overfill > 0 || booked !== SEATS || booked + waitlisted + full !== BURST) throw new Error('seats are not consistent');
  if (median(times) > 20) console.warn('\n注意：附近驿站查询中位数超过 20 ms');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
