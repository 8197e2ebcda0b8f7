// Crash tests: run a burst of calls against a real local-cloud process, kill -9 it at a random
// point, start it again on the same data, and let the test check the invariants that must hold
// after a crash at any point (as a CloudBase function killed at its time limit would leave them).
import fs from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { SessionSigner } from '../../cloud/local/host/session';
import { ROOT, tempDir } from './helpers';
import { exitOf, spawnCloud, type CloudProcess } from './process';

export const SOURCE_FUNCTIONS = path.join(ROOT, 'cloud', 'functions');

/** Calls a function of a local-cloud process as `openid`, signing the session with the data folder's key. */
export function apiAs(proc: { url: string }, dataDir: string): (openid: string, fn: string, action: string, data?: unknown) => Promise<any> {
  const signer = SessionSigner.forDataDir(dataDir);
  return async (openid, fn, action, data) => {
    const res = await fetch(`${proc.url}/api/${fn}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${signer.issue(openid, 'wxtest')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action, data }),
    });
    return res.json();
  };
}

/** Starts the local cloud on `dataDir` running the function sources, with strict indexes. */
export function startCloudProcess(dataDir: string, extra: string[] = []): Promise<CloudProcess> {
  return spawnCloud(['--data', dataDir, '--functions', SOURCE_FUNCTIONS, '--strict-indexes', ...extra]);
}

/**
 * Starts `burst` (calls that fail once the process is gone are expected and ignored by it), kills
 * the process with SIGKILL after `killAfter` ms (or once the promise it returns settles: a burst
 * can then be killed after so many calls, whatever the machine's speed), waits for the burst to
 * settle, and starts a new process on the same data.
 */
export async function killDuring(
  proc: CloudProcess,
  dataDir: string,
  burst: () => Promise<unknown>,
  killAfter: number | (() => Promise<unknown>),
): Promise<CloudProcess> {
  const running = burst().catch(() => undefined);
  await (typeof killAfter === 'number' ? new Promise((r) => setTimeout(r, killAfter)) : killAfter().catch(() => undefined));
  proc.child.kill('SIGKILL');
  await exitOf(proc.child);
  await running;
  return startCloudProcess(dataDir);
}

/** Stops a process cleanly (journal compacted, lock released). */
export async function stopCloudProcess(proc: CloudProcess): Promise<void> {
  proc.child.kill('SIGTERM');
  await exitOf(proc.child);
}

/** A crash test's cloud: a fresh data folder seeded before the tests, a process on it, both gone after. */
export function crashCloud(prefix: string, seed: (dir: string) => void): { readonly dir: string; proc: CloudProcess } {
  const cloud = { dir: tempDir(prefix), proc: undefined as unknown as CloudProcess };
  before(async () => {
    seed(cloud.dir);
    cloud.proc = await startCloudProcess(cloud.dir);
  });
  after(async () => {
    if (cloud.proc) await stopCloudProcess(cloud.proc);
    fs.rmSync(cloud.dir, { recursive: true, force: true });
  });
  return cloud;
}
