/**
 * `npm test`: every check, in order, stopping at the first stage that fails.
 * Ends with one line `tests: N passed, N failed` counting every test run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;

function run(title: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout ?? '');
  if (r.status !== 0) {
    finish(`${title} failed`);
  }
  return r.stdout ?? '';
}

function finish(reason?: string): never {
  if (reason) {
    failed = Math.max(failed, 1);
    console.error(`\n✖ ${reason}`);
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(reason ? 1 : 0);
}

function filesUnder(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .map((f) => path.join(dir, f))
    .sort();
}

/** Adds the counts from node's test runner summary (`ℹ pass N`, `ℹ fail N`). */
function countNodeTests(output: string): void {
  passed += Number(/ℹ pass (\d+)/.exec(output)?.[1] ?? 0);
  failed += Number(/ℹ fail (\d+)/.exec(output)?.[1] ?? 0);
}

run('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run('lint', bin('eslint'), ['--max-warnings=0', '.']);

const cloudTests = filesUnder(path.join(root, 'tests', 'cloud'), '.test.ts');
const out = run(
  `cloud tests (${cloudTests.length} files, real wx-server-sdk through the local cloud)`,
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...cloudTests],
);
countNodeTests(out);
if (passed === 0) finish('no cloud tests ran');
finish(failed > 0 ? `${failed} test(s) failed` : undefined);
