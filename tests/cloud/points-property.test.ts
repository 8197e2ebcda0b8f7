import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { defaultStandard } from '../../cloud/core/points/default-standard';
import { actAs, chinaDay, ROOT, seededRandom, startTestCloud, uploadPhoto, userDoc, type Call } from './helpers';

/**
 * Randomised: a few thousand claims, decisions, awards, deductions, corrections and retries, some
 * at the same time, by several members and admins; then the ledger and the totals must agree.
 * Set POINTS_SEED to replay a run.
 */
const SEED = Number(process.env['POINTS_SEED'] ?? Date.now() % 1_000_000);
const OPERATIONS = 2400;
const LAST = chinaDay().year - 1;

const MEMBERS: Array<[openid: string, branchId: string]> = [
  ['p0', 'br_p1'],
  ['p1', 'br_p1'],
  ['p2', 'br_p1'],
  ['sec_p1', 'br_p1'],
  ['p3', 'br_p2'],
  ['p4', 'br_p2'],
];
const DECIDERS = ['sec_p1', 'sec_p2', 'admin_p'];
const STANDARD = defaultStandard('org_p');
const CLAIMABLE = STANDARD.items.filter((i) => i.claimable);
const EXPECTED_REFUSALS = new Set(['CONFLICT', 'FORBIDDEN', 'NOT_FOUND']);

describe(`points ledger under random operations (POINTS_SEED=${SEED})`, () => {
  let cloud: LocalCloud;
  const calls = new Map<string, Call>();
  const photoOf = new Map<string, string>();
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
    cloud.db.insert('orgs', [{ _id: 'org_p', name: '随机测试党委' }]);
    cloud.db.insert(
      'branches',
      ['br_p1', 'br_p2'].map((id) => ({
        _id: id,
        orgId: 'org_p',
        name: id,
        brand: null,
        inviteCode: null,
        memberCount: 0,
      })),
    );
    cloud.db.insert('users', [
      ...MEMBERS.map(([openid, branchId]) =>
        userDoc(openid, openid, openid.startsWith('sec') ? ['crew', 'member', 'branch_admin'] : ['crew', 'member'], {
          orgId: 'org_p',
          branchId,
        }),
      ),
      userDoc('sec_p2', 'sec_p2', ['crew', 'member', 'branch_admin'], { orgId: 'org_p', branchId: 'br_p2' }),
      userDoc('admin_p', 'admin_p', ['crew', 'org_admin'], { orgId: 'org_p' }),
    ]);
    for (const openid of [...MEMBERS.map(([o]) => o), 'sec_p2', 'admin_p'])
      calls.set(openid, await actAs(cloud, openid));
    // One evidence photo per member, uploaded once: claims must cite files that exist.
    for (const [openid] of MEMBERS) photoOf.set(openid, await uploadPhoto(cloud, openid, 'evidence.jpg'));
  });
  after(() => cloud.close());

  it(
    'total == sum of the ledger for every member, by category too; nothing granted twice; caps hold',
    // Generous: ~35 s of CPU, and a shared 2-core machine may take several times that in wall time.
    { timeout: 300_000 },
    async () => {
      const rnd = seededRandom(SEED);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
      const date = () => `${LAST}-0${1 + Math.floor(rnd() * 3)}-0${1 + Math.floor(rnd() * 3)}`;
      const claimIds: string[] = [];
      const entryIds: string[] = [];
      const awards: Array<Record<string, string>> = [];
      let seq = 0;
      const outcomes = new Map<string, number>();

      const call = async (who: string, action: string, data: unknown) => {
        const body = await calls.get(who)!('points', action, data);
        const key = body.ok ? `${action} ok` : `${action} ${body.code}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        if (!body.ok) assert.ok(EXPECTED_REFUSALS.has(body.code), `${action}: ${JSON.stringify(body)}`);
        return body;
      };
      const decide = async (approve: boolean, ids: string[]) => {
        const r = await call(pick(DECIDERS), 'decideClaims', {
          requestId: `decide-${SEED}-${++seq}`,
          claimIds: ids,
          approve,
          ...(approve ? {} : { reason: '材料不全' }),
        });
        for (const c of r.data?.decided ?? []) if (c.status === 'approved') entryIds.push(`claim_${c.id}`);
        const tally = (key: string, n: number) => outcomes.set(key, (outcomes.get(key) ?? 0) + n);
        tally(approve ? 'approved' : 'rejected', r.data?.decided.length ?? 0);
        tally('refused decisions', r.data?.failed.length ?? 0);
        return r;
      };

      const operations: Array<[weight: number, run: () => Promise<unknown>]> = [
        [
          30,
          async () => {
            const [openid] = pick(MEMBERS);
            const item = pick(CLAIMABLE);
            const photos = item.evidenceRequired ? [photoOf.get(openid)!] : [];
            const r = await call(openid, 'claim', { requestId: `claim-${SEED}-${++seq}`, itemId: item.id, date: date(), note: '', photos });
            if (r.ok) claimIds.push(r.data.id);
          },
        ],
        [18, () => (claimIds.length ? decide(true, [pick(claimIds)]) : Promise.resolve())],
        [
          5,
          () => (claimIds.length ? decide(true, [pick(claimIds), pick(claimIds), pick(claimIds)]) : Promise.resolve()),
        ],
        [8, () => (claimIds.length ? decide(false, [pick(claimIds)]) : Promise.resolve())],
        [
          5,
          async () => {
            if (!claimIds.length) return;
            const id = pick(claimIds);
            const owner = cloud.db.find('pointClaims', { _id: id })[0]!['openid'] as string;
            await call(rnd() < 0.8 ? owner : pick(DECIDERS), 'withdrawClaim', { claimId: id });
          },
        ],
        [
          14,
          async () => {
            const [openid] = pick(MEMBERS);
            const input = {
              requestId: `request-${SEED}-${++seq}`,
              openid,
              itemId: pick(STANDARD.items).id,
              date: date(),
              reason: '支部记录',
            };
            const by = pick(DECIDERS);
            awards.push({ ...input, by });
            const r = await call(by, 'award', input);
            if (r.ok) entryIds.push(r.data.id);
          },
        ],
        [
          6,
          async () => {
            if (!awards.length) return;
            const { by, ...input } = pick(awards);
            const r = await call(by!, 'award', input); // a retry: never a second entry
            if (r.ok) entryIds.push(r.data.id);
          },
        ],
        [
          10,
          async () => {
            if (!entryIds.length) return;
            const r = await call(pick(DECIDERS), 'correct', { entryId: pick(entryIds), reason: '录入有误' });
            if (r.ok) entryIds.push(r.data.id);
          },
        ],
      ];
      const totalWeight = operations.reduce((s, [w]) => s + w, 0);
      const one = () => {
        let x = rnd() * totalWeight;
        for (const [w, run] of operations) if ((x -= w) < 0) return run();
        return operations[0]![1]();
      };

      // Batches of 1 to 4 operations at once: concurrent claims, decisions and retries on the same documents.
      for (let done = 0; done < OPERATIONS;) {
        const n = Math.min(OPERATIONS - done, 1 + Math.floor(rnd() * 4));
        await Promise.all(Array.from({ length: n }, one));
        done += n;
      }

      checkLedgerAgreesWithTotals(cloud);
      checkNothingTwice(cloud);
      checkCaps(cloud);
      const summary = [...outcomes].sort().map(([k, v]) => `${k}: ${v}`);
      for (const done of ['approved', 'rejected', 'withdrawClaim ok', 'award ok', 'correct ok']) {
        assert.ok((outcomes.get(done) ?? 0) > 20, `too few "${done}": ${summary.join(', ')}`);
      }
      assert.ok(cloud.db.find('pointLedger', {}).length > 300, 'enough points were granted to mean something');
    },
  );
});

function checkLedgerAgreesWithTotals(cloud: LocalCloud): void {
  const entries = cloud.db.find('pointLedger', { orgId: 'org_p' });
  const expected = new Map<string, { total: number; byCategory: Record<string, number>; branchId: string }>();
  for (const e of entries) {
    const id = `${e['year']}_${e['openid']}`;
    const t = expected.get(id) ?? { total: 0, byCategory: {}, branchId: e['branchId'] as string };
    t.total += e['points'] as number;
    t.byCategory[e['categoryId'] as string] = (t.byCategory[e['categoryId'] as string] ?? 0) + (e['points'] as number);
    expected.set(id, t);
  }
  const totals = cloud.db.find('pointTotals', { orgId: 'org_p' });
  assert.equal(totals.length, expected.size, 'a totals document for every member-year with entries');
  for (const t of totals) {
    const want = expected.get(t._id as string)!;
    assert.equal(t['total'], want.total, `total of ${t._id}`);
    assert.deepEqual(t['byCategory'], want.byCategory, `byCategory of ${t._id}`);
  }
  // The ranking sizes count each member-year with points once.
  const stats = cloud.db.find('pointStandards', { _id: `org_p:${LAST}` })[0]!;
  assert.equal(stats['members'], totals.length);
  const byBranch: Record<string, number> = {};
  for (const t of totals) byBranch[t['branchId'] as string] = (byBranch[t['branchId'] as string] ?? 0) + 1;
  assert.deepEqual(stats['branches'], byBranch);
  // Every member's pending count is their number of pending claims.
  for (const [openid] of MEMBERS) {
    const pending = cloud.db.find('pointClaims', { openid, status: 'pending' }).length;
    const doc = cloud.db.find('pointTotals', { _id: `pending_${openid}` })[0];
    assert.equal((doc?.['pendingClaims'] as number | undefined) ?? 0, pending, `pending claims of ${openid}`);
  }
}

function checkNothingTwice(cloud: LocalCloud): void {
  const entries = cloud.db.find('pointLedger', { orgId: 'org_p' });
  const bySource = new Map<string, number>();
  for (const e of entries)
    bySource.set(`${e['source']}:${e['sourceId']}`, (bySource.get(`${e['source']}:${e['sourceId']}`) ?? 0) + 1);
  for (const [source, n] of bySource) assert.equal(n, 1, `${source} granted ${n} times`);
  const ids = new Set(entries.map((e) => e._id));
  for (const e of entries.filter((x) => x['reverses'])) {
    const original = entries.find((x) => x._id === e['reverses'])!;
    assert.equal(original['reverses'], null, 'a correction is never corrected');
    assert.equal(e['points'], -(original['points'] as number));
  }
  for (const c of cloud.db.find('pointClaims', {})) {
    const granted = ids.has(`claim_${c._id}`);
    assert.equal(
      granted,
      c['status'] === 'approved',
      `claim ${c._id} is ${c['status']} and ${granted ? 'was' : 'was not'} granted`,
    );
    const messages = cloud.db.find('messages', { refId: c._id }).length;
    assert.equal(
      messages,
      ['approved', 'rejected'].includes(c['status'] as string) ? 1 : 0,
      `messages about claim ${c._id}`,
    );
  }
}

/** Granted points of each item never exceed its caps (in absolute value) in any day, month or year. */
function checkCaps(cloud: LocalCloud): void {
  const used = new Map<string, number>();
  for (const e of cloud.db.find('pointLedger', { orgId: 'org_p' })) {
    const d = e['date'] as string;
    for (const [period, key] of [
      ['day', d],
      ['month', d.slice(0, 7)],
      ['year', d.slice(0, 4)],
    ] as const) {
      const k = `${e['openid']}|${e['itemId']}|${period}|${key}`;
      used.set(k, (used.get(k) ?? 0) + (e['points'] as number));
    }
  }
  for (const [k, points] of used) {
    const [, itemId, period] = k.split('|') as [string, string, 'day' | 'month' | 'year'];
    const cap = STANDARD.items.find((i) => i.id === itemId)!.caps[period];
    if (cap !== undefined) assert.ok(Math.abs(points) <= cap, `${k}: ${points} over the cap of ${cap}`);
  }
}
