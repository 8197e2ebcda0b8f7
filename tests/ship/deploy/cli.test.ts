// npm run deploy as a person runs it: what is missing is said plainly, and --dry-run without
// keys prints the whole plan as JSON (against an empty environment) and changes nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Plan } from '../../../scripts/deploy/types';
import { ROOT } from './project';

function deploy(args: string[]) {
  const env = { ...process.env };
  for (const k of ['TCB_SECRET_ID', 'TCB_SECRET_KEY', 'TCB_SESSION_TOKEN', 'CLOUD_ENV_ID']) delete env[k];
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'deploy', 'cli.ts'), ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
}

describe('npm run deploy', () => {
  it('without --env says so and exits 2', () => {
    const r = deploy([]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /缺少：--env <envId>/);
  });

  it('without keys names both variables and exits 2 before touching anything', () => {
    const r = deploy(['--env', 'prod-1a2b']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /TCB_SECRET_ID/);
    assert.match(r.stderr, /TCB_SECRET_KEY/);
    assert.match(r.stderr, /--dry-run/);
  });

  it('--dry-run without keys prints the full plan as JSON', () => {
    const r = deploy(['--env', 'prod-1a2b', '--dry-run']);
    assert.equal(r.status, 0, r.stderr);
    const plan = JSON.parse(r.stdout) as Plan;
    assert.equal(plan.envId, 'prod-1a2b');
    assert.equal(plan.against, 'empty');
    assert.ok(plan.steps.some((s) => s.kind === 'createFunction' && s.settings.name === 'points'));
    assert.match(r.stderr, /按空环境规划/);
  });
});
