import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { captureSdkRequests, FIXTURE, type CapturedRequest } from '../../scripts/sdk-capture';
import { Database } from '../../cloud/local/store/database';
import { handleDatabaseAction, supportedActions } from '../../cloud/local/tcb/actions';

const expected = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as CapturedRequest[];

describe('wire format of the pinned wx-server-sdk', () => {
  it('sends exactly the recorded requests', async () => {
    const actual = await captureSdkRequests();
    assert.deepEqual(
      actual,
      expected,
      'wx-server-sdk changed its requests: check the local cloud still answers them, then run `npx tsx scripts/sdk-capture.ts --write`',
    );
  });

  it('sends exactly the recorded requests through the in-process transport too', async () => {
    assert.deepEqual(await captureSdkRequests('in-process'), expected);
  });

  it('every recorded action is one the local cloud answers', () => {
    const db = Database.open();
    const txIds = new Map<string, string>();
    for (const req of expected) {
      const action = String(req.body['action']);
      assert.ok(supportedActions.includes(action), `${req.call}: ${action} is not supported`);
      // Replay against the local cloud, mapping the fixture's transaction id to a real one.
      const body = { ...req.body };
      if (body['transactionId']) body['transactionId'] = txIds.get(String(body['transactionId']));
      const res = handleDatabaseAction(db, body) as { code?: string; message?: string; transactionId?: string };
      if (res.transactionId) txIds.set('fixture-tx', res.transactionId);
      assert.equal(res.code, undefined, `${req.call}: ${action} failed: ${res.message}`);
    }
  });
});
