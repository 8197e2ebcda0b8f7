import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { callApi, login, ROOT, tempDir } from './helpers';

interface Started {
  npm: ChildProcess;
  port: number;
  /** The process that owns the data folder (from its LOCK). */
  serverPid: number;
  output: () => string;
}

/** Runs an npm script as a user does (`npm start -- …`), in its own process group, until it listens. */
function npmRun(script: string[], data: string): Promise<Started> {
  const npm = spawn('npm', [...script, '--', '--port', '0', '--data', data], {
    cwd: ROOT,
    detached: true, // its own process group, as a terminal gives it: Ctrl-C signals the whole group
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, REDSAIL_SKIP_H5_BUILD: '1', npm_config_update_notifier: 'false' },
  });
  let out = '';
  let started = false;
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      // Once: later output (the stop's own lines) must not read the LOCK again after it is released.
      const m = started ? null : /本地云已启动：http:\/\/[\d.]+:(\d+)/.exec(out);
      if (m) {
        started = true;
        const serverPid = Number(fs.readFileSync(path.join(data, 'LOCK'), 'utf8'));
        resolve({ npm, port: Number(m[1]), serverPid, output: () => out });
      }
    };
    npm.stdout!.on('data', onData);
    npm.stderr!.on('data', onData);
    npm.once('exit', (code) => reject(new Error(`npm exited with ${code}: ${out}`)));
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops the run with `stop`, then checks nothing is left: npm gone, server gone, port free, LOCK gone. */
async function stopsCleanly(script: string[], stop: (s: Started) => void): Promise<void> {
  const data = tempDir();
  const s = await npmRun(script, data);
  try {
    // A write, so there is a journal to compact: whoami creates the caller's user document.
    const url = `http://127.0.0.1:${s.port}`;
    assert.equal((await callApi({ url }, await login({ url }, 'stop_test'), 'account', 'whoami')).status, 200);
    stop(s);
    await waitFor('npm to exit', () => s.npm.exitCode !== null || s.npm.signalCode !== null);
    await waitFor('the local cloud to exit', () => !alive(s.serverPid), 5_000);
    assert.equal(await portFree(s.port), true, 'the port is free');
    assert.equal(fs.existsSync(path.join(data, 'LOCK')), false, `the LOCK is released: ${s.output()}`);
    assert.equal(fs.statSync(path.join(data, 'journal.log')).size, 0, 'the journal was compacted into the snapshot');
    assert.ok(fs.existsSync(path.join(data, 'snapshot.db')));
  } finally {
    // Whatever happened, leave nothing running.
    if (alive(s.serverPid)) process.kill(s.serverPid, 'SIGKILL');
    try {
      process.kill(-s.npm.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

describe('stopping npm start and npm run cloud', () => {
  it('SIGTERM to `npm start` stops the local cloud cleanly', { timeout: 90_000 }, () => stopsCleanly(['start'], (s) => s.npm.kill('SIGTERM')));
  it('Ctrl-C on `npm start` stops the local cloud cleanly', { timeout: 90_000 }, () =>
    stopsCleanly(['start'], (s) => process.kill(-s.npm.pid!, 'SIGINT')));
  it('SIGTERM to `npm run cloud` stops the local cloud cleanly', { timeout: 90_000 }, () =>
    stopsCleanly(['run', 'cloud'], (s) => s.npm.kill('SIGTERM')));
  it('Ctrl-C on `npm run cloud` stops the local cloud cleanly', { timeout: 90_000 }, () =>
    stopsCleanly(['run', 'cloud'], (s) => process.kill(-s.npm.pid!, 'SIGINT')));
});
