// 注销 killed with SIGKILL part-way: a deletion cut short is marked pending on the person's user
// document from before its first change, and the hourly job finishes it. After each restart every
// person is untouched, pending, or wholly deleted — never half-deleted and forgotten — and after
// the job, nobody is pending and a bystander's data is as it was.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Database } from '../../cloud/local/store/database';
import { FORMER_NAME } from '../../cloud/core/privacy/holdings';
import { seededRandom, userDoc } from './helpers';
import { apiAs, crashCloud, killDuring, startCloudProcess, stopCloudProcess } from './crash';

const PEOPLE = 40;
const ROUNDS = 2;
const people = Array.from({ length: PEOPLE }, (_, i) => `gone_${String(i).padStart(2, '0')}`);
const BYSTANDER = 'stays_01';
const PAST = new Date('2026-03-01T08:00:00+08:00');

/** Each person's holdings: a claim, two ledger lines, a certificate, a message, a past sign-up and a past booking. */
function holdingsOf(openid: string, name: string): Record<string, Array<Record<string, unknown>>> {
  return {
    pointClaims: [{ _id: `cl_${openid}`, openid, memberName: name, note: '参加主题党日', photos: [], status: 'approved', createdAt: PAST }],
    pointLedger: [1, 2].map((n) => ({ _id: `le_${openid}_${n}`, openid, memberName: name, points: 2, createdAt: PAST })),
    certificates: [{ _id: `ce_${openid}`, openid, kind: 'seaman', number: 'E12345678', createdAt: PAST }],
    messages: [{ _id: `ms_${openid}`, openid, title: '积分已入账', read: false, createdAt: PAST }],
    enrollments: [{ _id: `en_${openid}`, openid, activityId: 'act_past', status: 'enrolled', startAt: PAST, markedReason: '按时到场', seqKey: '1' }],
    bookings: [{ _id: `bk_${openid}`, openid, name, phone: '13900000000', note: '两人', ship: { name: '皖江号' }, eta: null, status: 'used', startAt: PAST }],
  };
}

function seed(dir: string): void {
  const db = Database.open({ dir });
  db.insert('orgs', [{ _id: 'org_d', name: '注销测试党委' }]);
  const everyone = [...people, BYSTANDER];
  db.insert('users', everyone.map((o) => userDoc(o, `党员${o.slice(-2)}`, ['crew', 'member'], { orgId: 'org_d', branchId: 'br_d1', phone: `1380000${o.slice(-2).padStart(4, '0')}` })));
  const rows = new Map<string, Array<Record<string, unknown>>>();
  for (const o of everyone) for (const [coll, docs] of Object.entries(holdingsOf(o, `党员${o.slice(-2)}`))) rows.set(coll, [...(rows.get(coll) ?? []), ...docs]);
  for (const [coll, docs] of rows) db.insert(coll, docs);
  db.close();
}

type State = 'untouched' | 'pending' | 'deleted' | 'broken';

/** What the store says of each person, read with the process stopped. */
function states(dir: string): Map<string, State> {
  const db = Database.open({ dir });
  try {
    const out = new Map<string, State>();
    for (const o of [...people, BYSTANDER]) {
      const user = db.find('users', { _id: o })[0]!;
      const count = (coll: string) => db.find(coll, { openid: o }).length;
      const intact =
        user['name'] !== FORMER_NAME &&
        count('certificates') === 1 &&
        count('messages') === 1 &&
        db.find('pointClaims', { openid: o, memberName: { $ne: FORMER_NAME } }).length === 1 &&
        db.find('pointLedger', { openid: o, memberName: { $ne: FORMER_NAME } }).length === 2 &&
        db.find('bookings', { openid: o, phone: '13900000000' }).length === 1 &&
        db.find('enrollments', { openid: o, markedReason: '按时到场' }).length === 1;
      const gone =
        user['name'] === FORMER_NAME &&
        user['phone'] === null &&
        count('certificates') === 0 &&
        count('messages') === 0 &&
        db.find('pointClaims', { openid: o, memberName: FORMER_NAME, note: '' }).length === 1 &&
        db.find('pointLedger', { openid: o, memberName: FORMER_NAME, points: 2 }).length === 2 &&
        db.find('bookings', { openid: o, name: FORMER_NAME, phone: '', ship: null }).length === 1 &&
        db.find('enrollments', { openid: o, markedReason: null }).length === 1;
      if (user['deletionPending'] === true) out.set(o, 'pending');
      else if (intact) out.set(o, 'untouched');
      else if (gone) out.set(o, 'deleted');
      else out.set(o, 'broken');
    }
    return out;
  } finally {
    db.close();
  }
}

const tally = (s: Map<string, State>) => {
  const t: Record<State, number> = { untouched: 0, pending: 0, deleted: 0, broken: 0 };
  for (const v of s.values()) t[v]++;
  return t;
};

describe('注销 survives kill -9 at any point', () => {
  const cloud = crashCloud('redsail-delete-crash-', seed);
  const { dir } = cloud;

  /** Stops the process, reads the states, starts it again. */
  async function look(): Promise<Map<string, State>> {
    await stopCloudProcess(cloud.proc);
    const s = states(dir);
    cloud.proc = await startCloudProcess(dir);
    return s;
  }

  const trigger = async () => {
    const res = await fetch(`${cloud.proc.url}/api/trigger`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ function: 'jobs', trigger: 'hourly', message: 'tasks=healDeletions' }),
    });
    const body = (await res.json()) as { ok: boolean; data: unknown };
    assert.equal(body.ok, true, JSON.stringify(body));
    return body.data;
  };

  it(`${ROUNDS} rounds of deletions killed part-way; the job finishes every one cut short`, async () => {
    const random = seededRandom(20261130);
    const seen: Array<Record<State, number>> = [];
    let s = await look();
    for (let round = 0; round < ROUNDS; round++) {
      const asking = people.filter((o) => s.get(o) === 'untouched').slice(0, PEOPLE / ROUNDS);
      const killAt = 1 + Math.floor(random() * asking.length * 0.5);
      let answered = 0;
      let reached = () => {};
      const enough = new Promise<void>((resolve) => (reached = resolve));
      const api = apiAs(cloud.proc, dir);
      const burst = () =>
        Promise.allSettled(
          asking.map(async (o) => {
            const body = await api(o, 'account', 'deleteMine', { confirm: true });
            if (body.ok && ++answered >= killAt) reached();
          }),
        ).finally(reached);
      cloud.proc = await killDuring(cloud.proc, dir, burst, () => enough);
      s = await look();
      seen.push(tally(s));
      assert.equal(tally(s).broken, 0, `round ${round}: half-deleted and not marked: ${[...s].filter(([, v]) => v === 'broken').map(([o]) => o)}`);
      assert.equal(s.get(BYSTANDER), 'untouched');
      // The hourly job: every deletion cut short is finished.
      await trigger();
      s = await look();
      const t = tally(s);
      assert.equal(t.pending + t.broken, 0, `round ${round} after the job: ${JSON.stringify(t)}`);
      assert.equal(s.get(BYSTANDER), 'untouched');
    }
    const deletedBeforeJobs = seen.reduce((n, t) => n + t.deleted, 0);
    const cutShort = seen.reduce((n, t) => n + t.pending, 0);
    assert.ok(deletedBeforeJobs > 0, `some deletions finished before a kill: ${JSON.stringify(seen)}`);
    assert.ok(cutShort > 0, `some deletions were cut short by a kill: ${JSON.stringify(seen)}`);
  });
});
