/**
 * Database requests per cloud-function call, measured on the local cloud with the demo data:
 * each SDK request the local cloud answers is one CloudBase database request (one read or write
 * operation on the bill). The figures feed docs/scale.md. Run: npx tsx scripts/scale/db-requests.ts
 */
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../cloud/local/server';
import { actAs, chinaDay } from '../../tests/cloud/helpers';

const ROOT = path.resolve(__dirname, '..', '..');

/** The store methods the local cloud calls once per SDK request (cloud/local/tcb/actions.ts), by kind. */
const KINDS = {
  read: ['find', 'count', 'aggregate', 'txGet'],
  write: ['insert', 'modify', 'remove', 'txInsert', 'txModify', 'txRemove'],
  transaction: ['beginTransaction', 'commitTransaction', 'abortTransaction'],
} as const;
type Kind = keyof typeof KINDS;

async function countByKind<T>(
  db: LocalCloud['db'],
  fn: () => Promise<T>,
): Promise<{ result: T; counts: Record<Kind, number> }> {
  const counts: Record<Kind, number> = { read: 0, write: 0, transaction: 0 };
  const target = db as unknown as Record<string, (...args: unknown[]) => unknown>;
  const patched: string[] = [];
  for (const kind of Object.keys(KINDS) as Kind[]) {
    for (const m of KINDS[kind]) {
      const original = target[m]!;
      target[m] = (...args: unknown[]) => {
        counts[kind] += 1;
        return original.apply(db, args);
      };
      patched.push(m);
    }
  }
  try {
    return { result: await fn(), counts };
  } finally {
    for (const m of patched) delete target[m]; // back to the prototype's methods
  }
}

async function main(): Promise<void> {
  process.env['LOCALCLOUD_STRICT_INDEXES'] = '1';
  const cloud = await startLocalCloud({
    dataDir: null,
    functionsDir: path.join(ROOT, 'cloud', 'functions'),
    devLogin: true,
    seedDemo: true,
    log: () => {},
  });
  process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: cloud.adminUrl });
  const { today, year } = chinaDay();
  const member = await actAs(cloud, 'demo_member_a');
  const secretary = await actAs(cloud, 'demo_secretary');
  const rows: string[] = [];
  const measure = async (
    who: string,
    fn: string,
    action: string,
    call: () => Promise<{ ok: boolean; code?: string }>,
  ) => {
    const { result, counts } = await countByKind(cloud.db, call);
    const total = counts.read + counts.write + counts.transaction;
    rows.push(
      `| ${fn}.${action} | ${who} | ${total} | ${counts.read} | ${counts.write} | ${counts.transaction} | ${result.ok ? 'ok' : `refused ${result.code ?? ''}`} |`,
    );
  };

  await measure('member', 'account', 'whoami', () => member('account', 'whoami'));
  await measure('member', 'points', 'summary', () => member('points', 'summary'));
  await measure('member', 'points', 'gap', () => member('points', 'gap'));
  await measure('member', 'points', 'ledger', () => member('points', 'ledger', { year }));
  await measure('member', 'points', 'ranking', () => member('points', 'ranking', { scope: 'branch', year }));
  await measure('member', 'points', 'branchRanking', () => member('points', 'branchRanking', { year }));
  await measure('member', 'points', 'myClaims', () => member('points', 'myClaims'));
  await measure('member', 'messages', 'list', () => member('messages', 'list'));
  await measure('member', 'volunteer', 'list', () => member('volunteer', 'list', { filter: 'open' }));
  const open = (await member('volunteer', 'list', { filter: 'open' })) as {
    data: { items: Array<{ id: string; signup: string }> };
  };
  const activity = open.data.items.find((a) => a.signup === 'open') ?? open.data.items[0];
  if (activity) {
    await measure('member', 'volunteer', 'get', () => member('volunteer', 'get', { id: activity.id }));
    await measure('member', 'volunteer', 'signUp', () => member('volunteer', 'signUp', { id: activity.id }));
  }
  await measure('member', 'volunteer', 'myActivities', () => member('volunteer', 'myActivities', { when: 'upcoming' }));
  await measure('member', 'points', 'claim', () =>
    member('points', 'claim', { requestId: 'scale-claim-study', itemId: 'study_session', date: today, note: '集中学习', photos: [] }),
  );
  const queue = (await secretary('points', 'claimQueue')) as { data: { items: Array<{ id: string }> } };
  await measure('secretary', 'points', 'claimQueue', () => secretary('points', 'claimQueue'));
  const first = queue.data.items[0];
  if (first)
    await measure('secretary', 'points', 'decideClaims (1 claim)', () =>
      secretary('points', 'decideClaims', { requestId: 'scale-decide-one', claimIds: [first.id], approve: true }),
    );

  // Bulk: the secretary approves several claims in one call.
  const dates = Array.from({ length: 5 }, (_v, i) =>
    new Date(Date.parse(today) - (i + 1) * 86_400_000).toISOString().slice(0, 10),
  ).filter((d) => d.slice(0, 4) === today.slice(0, 4));
  for (const date of dates)
    await member('points', 'claim', { requestId: `scale-claim-${date}`, itemId: 'org_meeting', date, note: '三会一课', photos: [] });
  const pending = (await secretary('points', 'claimQueue')) as { data: { items: Array<{ id: string }> } };
  const ids = pending.data.items.map((c) => c.id);
  if (ids.length > 1)
    await measure('secretary', 'points', `decideClaims (${ids.length} claims)`, () =>
      secretary('points', 'decideClaims', { requestId: 'scale-decide-bulk', claimIds: ids, approve: true }),
    );

  console.log(
    '| call | as | database requests | reads | writes | transaction begin/commit | result |\n| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const row of rows) console.log(row);
  await cloud.close();
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
