// The app's schema-free copy of each action's flags (contracts/api-flags.ts) against the contracts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { API } from '../../contracts/api';
import { ACTION_FLAGS } from '../../contracts/api-flags';

interface SchemaDef {
  _zod?: { def?: { shape?: Record<string, unknown>; innerType?: SchemaDef } };
}

/** Whether an input schema has a `requestId` field (optional(…) and the like wrap the object). */
function takesRequestId(schema: SchemaDef | undefined): boolean {
  for (let depth = 0; schema && depth < 4; depth++) {
    const def = schema._zod?.def;
    if (def?.shape) return 'requestId' in def.shape;
    schema = def?.innerType;
  }
  return false;
}

describe('action flags for the app', () => {
  it('say of every action what its contract says: read or write, and whether it takes a requestId', () => {
    const fromContracts = Object.fromEntries(
      Object.entries(API).map(([fn, actions]) => [
        fn,
        Object.fromEntries(
          Object.entries(actions as Record<string, { read: boolean; input: SchemaDef }>).map(([action, c]) => {
            const id = takesRequestId(c.input);
            assert.ok(!(c.read && id), `${fn}.${action}: a read has no use for a requestId`);
            return [action, c.read ? 'read' : id ? 'write+requestId' : 'write'];
          }),
        ),
      ]),
    );
    assert.deepEqual(ACTION_FLAGS, fromContracts);
  });
});
