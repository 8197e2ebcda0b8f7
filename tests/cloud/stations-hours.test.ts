// Opening hours in Asia/Shanghai whatever the machine's time zone: the same cases run here and in
// child processes with TZ set to New York and to Kiritimati (UTC+14), and must agree.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cases } from './stations-hours-cases';

describe('opening hours (Asia/Shanghai)', () => {
  for (const [what, got, want] of cases()) it(what, () => assert.equal(got, want));

  it('answers the same with TZ=America/New_York and TZ=Pacific/Kiritimati', () => {
    const here = JSON.stringify(cases().map((c) => c[1]));
    for (const tz of ['America/New_York', 'Pacific/Kiritimati']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'stations-hours-cases.ts')], {
        env: { ...process.env, TZ: tz, STATIONS_HOURS_CHILD: '1' },
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, here, `TZ=${tz}`);
    }
  });
});
