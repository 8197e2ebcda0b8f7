// The authorization matrix (tests/cloud/authz/table.ts): every function × action × role × scope,
// allowed or refused as the table says, plus a signed-out call and forged identity fields per
// action, and the multi-step sequences that chain allowed calls toward what one call refuses.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { API } from '../../contracts/api';
import { World } from './authz/fixtures';
import { documentedTable, matrixMarkdown } from './authz/doc-table';
import { runRow, sampleInput } from './authz/run';
import { ROW_KEY, scopesOf, TABLE, type Row } from './authz/table';
import { sequences } from './authz/sequences';

EventEmitter.defaultMaxListeners = 1000;

/** Fields that would name a person: the payload never decides who the caller is. */
const IDENTITY_FIELDS = ['openid', '_openid', 'OPENID'] as const;
/** Actions whose input names the person they act on (never the caller): `openid` is theirs to take. */
const NAMES_A_PERSON = new Set(['org.setRoles', 'points.award', 'points.ledger', 'volunteer.markAttendance']);

const tally = { cells: 0, allowed: 0, denied: 0, signedOut: 0, forged: 0 };

describe('authorization matrix', () => {
  let w: World;
  before(async () => {
    w = await World.start();
  });
  after(() => w.close());

  it('has one row per action of contracts/api.ts, and none for actions that do not exist', () => {
    const declared = Object.entries(API).flatMap(([fn, actions]) =>
      Object.keys(actions).map((action) => `${fn}.${action}`),
    );
    const rows = TABLE.map(ROW_KEY);
    const missing = declared.filter((k) => !rows.includes(k));
    assert.deepEqual(
      missing,
      [],
      `actions with no row in tests/cloud/authz/table.ts (add one: who may call it, in which scope): ${missing.join(', ')}`,
    );
    assert.deepEqual(
      rows.filter((k) => !declared.includes(k)),
      [],
      'rows for actions contracts/api.ts does not declare',
    );
    assert.deepEqual(
      rows.filter((k, i) => rows.indexOf(k) !== i),
      [],
      'actions with two rows',
    );
    for (const row of TABLE) {
      const scopes = scopesOf(row);
      assert.ok(scopes.length > 0, `${ROW_KEY(row)}: no targets`);
      if (row.allow === 'everyone') continue;
      for (const [role, allowed] of Object.entries(row.allow)) {
        for (const s of allowed ?? [])
          assert.ok(scopes.includes(s), `${ROW_KEY(row)}: ${role} allowed in ${s}, which the row has no target for`);
      }
    }
  });

  it('is what docs/security.md shows (rewrite it: npx tsx tests/cloud/authz/doc-table.ts --write)', () => {
    assert.equal(documentedTable(), matrixMarkdown());
  });

  const byFunction = new Map<string, Row[]>();
  for (const row of TABLE) byFunction.set(row.fn, [...(byFunction.get(row.fn) ?? []), row]);

  for (const [fn, rows] of byFunction) {
    describe(fn, () => {
      for (const row of rows) {
        it(row.action, async () => {
          const result = await runRow(w, row);
          tally.cells += result.allowed + result.denied;
          tally.allowed += result.allowed;
          tally.denied += result.denied;
          const data = await sampleInput(w, row);
          // Signed out (no OPENID in the context): refused before anything runs.
          const out = await w.signedOut(row.fn, row.action, data);
          tally.signedOut += 1;
          if (out?.code !== 'UNAUTHENTICATED')
            result.wrong.push(`signed out: expected UNAUTHENTICATED, got ${JSON.stringify(out)}`);
          // Identity fields in the payload: refused by the strict schema (the input is otherwise valid).
          for (const field of IDENTITY_FIELDS) {
            if (field === 'openid' && NAMES_A_PERSON.has(ROW_KEY(row))) continue;
            const forged = await w.call('z_member', row.fn, row.action, { ...data, [field]: 'z_admin' });
            tally.forged += 1;
            if (forged?.code !== 'INVALID_INPUT')
              result.wrong.push(
                `payload ${field}: expected INVALID_INPUT, got ${JSON.stringify(forged).slice(0, 200)}`,
              );
          }
          assert.deepEqual(result.wrong, [], `${ROW_KEY(row)}:\n  ${result.wrong.join('\n  ')}`);
        });
      }
    });
  }

  describe('sequences', () => {
    for (const [name, run] of Object.entries(sequences)) it(name, () => run(w));
  });

  it('counts', (t) => {
    const functions = byFunction.size;
    t.diagnostic(
      `authz matrix: ${functions} functions, ${TABLE.length} actions, ${tally.cells} role×scope cells (${tally.allowed} allowed, ${tally.denied} denied), ` +
        `${tally.signedOut} signed-out checks, ${tally.forged} forged-identity checks, ${Object.keys(sequences).length} sequences`,
    );
    assert.equal(functions, Object.keys(API).length);
  });
});
