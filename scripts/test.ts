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

/** Runs one stage; echoes its output and returns it (stdout and stderr: jest reports on stderr). */
function run(title: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, count?: (output: string) => void): string {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.stdout.write(r.stdout ?? '');
  process.stdout.write(r.stderr ?? '');
  const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  // Count before judging: a failing stage's passes and failures belong in the closing line too.
  count?.(output);
  if (r.status !== 0) finish(`${title} failed`);
  return output;
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

/** Adds the counts from jest's summary (`Tests: 1 failed, 10 passed, 11 total`). */
function countJestTests(output: string): void {
  const line = /^Tests:.*$/m.exec(output)?.[0] ?? '';
  passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
}

function nodeTests(title: string, files: string[]): void {
  if (files.length === 0) finish(`no test files for ${title}`);
  run(`${title} (${files.length} files)`, process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {}, countNodeTests);
}

function jestTests(title: string, config: string): void {
  run(title, bin('jest'), ['-c', config, '--ci', '--colors=false'], {}, countJestTests);
}

run('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run('lint', bin('eslint'), ['--max-warnings=0', '.']);

nodeTests('cloud tests: the real wx-server-sdk through the local cloud', filesUnder(path.join(root, 'tests', 'cloud'), '.test.ts'));
nodeTests('ship tests: deploy plan, fake CloudBase run, function permissions, cloudbaserc.json', filesUnder(path.join(root, 'tests', 'ship', 'deploy'), '.test.ts'));
jestTests('app tests: components and the API client in jsdom', 'jest.config.js');
run('build the mini-program (dist/weapp)', bin('taro'), ['build', '--type', 'weapp'], { NODE_ENV: 'production' });
nodeTests('WeChat checks on dist/weapp: wcc/wcsc compile every WXML/WXSS, package size budget', filesUnder(path.join(root, 'tests', 'ship', 'weapp'), '.test.ts'));
jestTests('mini-program tests: compiled dist/weapp pages in miniprogram-simulate', 'jest.weapp.config.js');
run('build the web page (dist/h5)', bin('taro'), ['build', '--type', 'h5'], { NODE_ENV: 'production' });
nodeTests('browser tests: Chromium at 375x812 against the h5 build and the local cloud', filesUnder(path.join(root, 'tests', 'e2e'), '.e2e.test.ts'));
if (passed === 0) finish('no tests ran');
finish(failed > 0 ? `${failed} test(s) failed` : undefined);
