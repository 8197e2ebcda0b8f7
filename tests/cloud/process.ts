import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './helpers';

export interface CloudProcess {
  child: ChildProcess;
  url: string;
  adminUrl: string;
  output: () => string;
}

/** Starts `npm run cloud`'s entry point in its own process and waits until it listens. */
/** A fixed SDK endpoint secret for spawned clouds, as long as the local cloud requires (32 bytes, hex). */
export const TEST_ADMIN_TOKEN = 'a'.repeat(64);

export function spawnCloud(args: string[], adminToken = TEST_ADMIN_TOKEN): Promise<CloudProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cloud/local/cli.ts'), '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOCALCLOUD_ADMIN_TOKEN: adminToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /本地云已启动：(http:\/\/[\d.]+:(\d+))/.exec(out);
      if (m) resolve({ child, url: m[1]!, adminUrl: `http://127.0.0.1:${m[2]}/admin/${adminToken}`, output: () => out });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(Object.assign(new Error(`local cloud exited with ${code}: ${out}`), { code, out })));
  });
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
  });
}
