// Phantom seats: a sign-up/cancel burst against a real local-cloud process, killed with SIGKILL at
// a random point, several rounds on the same data. After each restart the seats must be sound
// (taken == holders <= capacity), and after the healing step (a read of the activity, or the
// roster) the records must agree with them: enrolled records == seat holders, the waitlist 1..n in
// arrival order, the counts shown == the records, no free seat while anyone waits.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { apiAs, killDuring, startCloudProcess, stopCloudProcess } from './crash';
import { sdk, seededRandom, tempDir } from './helpers';
import type { CloudProcess } from './process';
import { activityDoc, at, HOUR } from './volunteer-fixture';

EventEmitter.defaultMaxListeners = 200;

const SEED = Number(process.env['CRASH_SEED'] ?? 20260501);
const ROUNDS = 3;
const CAPACITY = 20;
const ID = 'crash_act';
const ORGANISER = 'crash_sec';

type Api = ReturnType<typeof apiAs>;
interface Record_ {
  openid: string;
  status: 'enrolled' | 'waitlisted' | 'cancelled';
  seqKey: string;
}

describe('volunteer seats survive kill -9 at any point', () => {
  const data = tempDir('redsail-crash-');
  const { db } = sdk();
  let proc: CloudProcess;
  let api: Api;
  const use = (p: CloudProcess) => {
    proc = p;
    api = apiAs(p, data);
    process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: p.adminUrl });
  };

  before(async () => {
    use(await startCloudProcess(data));
    await db.collection('orgs').add({ data: { _id: 'org_a', name: '测试党委' } });
    await db.collection('branches').add({ data: { _id: 'br_a1', orgId: 'org_a', name: '机关第一党支部', brand: null, inviteCode: null, memberCount: 1, createdAt: new Date() } });
    const user = { name: '书记', avatarUrl: '', phone: null, roles: ['crew', 'member', 'branch_admin'], branchId: 'br_a1', orgId: 'org_a', stationId: null, createdAt: new Date(), updatedAt: new Date() };
    await db.collection('users').add({ data: { _id: ORGANISER, ...user } });
    const doc = activityDoc(ID, { capacity: CAPACITY, startAt: at(48 * HOUR), endAt: at(50 * HOUR), signupDeadline: at(24 * HOUR), cancelDeadline: at(24 * HOUR), createdBy: ORGANISER });
    await db.collection('activities').add({ data: doc });
  });
  after(async () => {
    await stopCloudProcess(proc);
  });

  const activity = async () => (await db.collection('activities').doc(ID).get()).data as Record<string, unknown>;
  const records = async (): Promise<Record_[]> =>
    (await db.collection('enrollments').where({ activityId: ID }).orderBy('seqKey', 'asc').limit(1000).get()).data;

  /** What holds at every instant: the seats agree with themselves and never overbook. */
  async function assertSeats(when: string): Promise<void> {
    const a = await activity();
    const holders = (a['holders'] as string[] | undefined) ?? [];
    assert.equal(new Set(holders).size, holders.length, `${when}: someone holds two seats`);
    assert.equal(a['enrolled'], holders.length, `${when}: enrolled != holders`);
    assert.equal(a['remaining'], CAPACITY - holders.length, `${when}: remaining != capacity - holders`);
    assert.ok(holders.length <= CAPACITY, `${when}: overbooked`);
  }

  /** What holds once healed: the records agree with the seats, and what is shown agrees with both. */
  async function assertHealed(when: string): Promise<void> {
    const a = await activity();
    const recs = await records();
    const enrolled = recs.filter((r) => r.status === 'enrolled').map((r) => r.openid);
    const waiting = recs.filter((r) => r.status === 'waitlisted');
    const taken = CAPACITY - (a['remaining'] as number);
    assert.equal(taken, enrolled.length, `${when}: seats taken (${taken}) != enrolled records (${enrolled.length})`);
    assert.deepEqual([...((a['holders'] as string[] | undefined) ?? [])].sort(), [...enrolled].sort(), `${when}: holders != enrolled records`);
    if (waiting.length > 0) assert.equal(taken, CAPACITY, `${when}: a seat is free while ${waiting.length} wait`);

    const shown = (await api('crash_viewer', 'volunteer', 'get', { id: ID })).data;
    assert.deepEqual([shown.enrolled, shown.waitlisted], [enrolled.length, waiting.length], `${when}: counts shown`);
    const roster = (await api(ORGANISER, 'volunteer', 'roster', { id: ID })).data as Array<{ openid: string; status: string; waitlistPosition: number | null }>;
    const line = roster.filter((r) => r.status === 'waitlisted');
    assert.deepEqual(line.map((r) => r.waitlistPosition), line.map((_r, i) => i + 1), `${when}: positions not 1..n`);
    assert.deepEqual(line.map((r) => r.openid), waiting.map((r) => r.openid), `${when}: line not in arrival order`);
    assert.deepEqual(roster.filter((r) => r.status === 'enrolled').map((r) => r.openid).sort(), [...enrolled].sort(), `${when}: roster`);
  }

  it(`${ROUNDS} rounds of a burst killed at a random point, healed after each restart (seed ${SEED})`, { timeout: 240_000 }, async () => {
    const rnd = seededRandom(SEED);
    const shuffle = <T>(xs: T[]): T[] => xs.map((x) => [rnd(), x] as const).sort((p, q) => p[0] - q[0]).map(([, x]) => x);
    for (let round = 1; round <= ROUNDS; round++) {
      const recs = await records();
      const active = recs.filter((r) => r.status !== 'cancelled').map((r) => r.openid);
      const gone = recs.filter((r) => r.status === 'cancelled').map((r) => r.openid);
      const calls: Array<[string, 'signUp' | 'cancelSignUp']> = shuffle([
        ...Array.from({ length: 80 }, (_v, i) => [`crash_${round}_${i}`, 'signUp'] as [string, 'signUp']),
        ...shuffle(active).slice(0, 25).map((o) => [o, 'cancelSignUp'] as [string, 'cancelSignUp']),
        ...shuffle(gone).slice(0, 10).map((o) => [o, 'signUp'] as [string, 'signUp']),
      ]);
      // Killed once a random share of the calls has answered, a random few ms later: always mid-burst,
      // with 30 calls in flight at whatever step each has reached.
      const killAt = 10 + Math.floor(rnd() * (calls.length - 40));
      const jitter = Math.floor(rnd() * 40);
      let answered = 0;
      let reached: () => void = () => {};
      const mid = new Promise<void>((resolve) => (reached = resolve));
      const burst = async () => {
        let next = 0;
        const worker = async () => {
          while (next < calls.length) {
            const [openid, action] = calls[next++]!;
            await api(openid, 'volunteer', action, { id: ID }).catch(() => undefined);
            if (++answered === killAt) reached();
          }
        };
        await Promise.all(Array.from({ length: 30 }, worker));
      };
      const killAfter = `${killAt} answers + ${jitter}`;
      use(await killDuring(proc, data, () => Promise.all([burst(), mid.then(() => undefined)]), () => mid.then(() => new Promise((r) => setTimeout(r, jitter)))));
      await assertSeats(`round ${round}, after restart (killed at ${killAfter} ms)`);
      if (process.env['CRASH_DEBUG']) {
        const [a, rs] = [await activity(), await records()];
        const holders = new Set(a['holders'] as string[]);
        const outOfStep = rs.filter((r) => holders.has(r.openid) !== (r.status === 'enrolled')).length;
        console.log(`round ${round}: killed at ${killAfter} ms, ${rs.length} records, ${holders.size} holders, ${outOfStep} out of step`);
      }
      // The healing step: a read of the activity heals it (and so does the roster, which assertHealed reads too).
      await api('crash_viewer', 'volunteer', 'get', { id: ID });
      await assertHealed(`round ${round}, healed`);
    }
    // Still working: more people, a few leaving, no crash.
    const more = Array.from({ length: 30 }, (_v, i) => `crash_after_${i}`);
    await Promise.all(more.map((o) => api(o, 'volunteer', 'signUp', { id: ID })));
    const holders = (await activity())['holders'] as string[];
    await Promise.all(holders.slice(0, 5).map((o) => api(o, 'volunteer', 'cancelSignUp', { id: ID })));
    await assertSeats('after the rounds');
    await assertHealed('after the rounds');
  });
});
