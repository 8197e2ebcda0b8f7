import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from './errors';

const heldInThisProcess = new Set<string>();

/**
 * Only one process may own a data folder. The lock file names the owner's pid;
 * a lock left by a process that no longer runs (e.g. after kill -9) is taken over.
 */
export function acquireDataLock(dir: string): () => void {
  const file = path.join(path.resolve(dir), 'LOCK');
  if (heldInThisProcess.has(file)) {
    throw new StoreError('LOCALCLOUD_DATA_LOCKED', `数据目录 ${dir} 已被本进程打开`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      heldInThisProcess.add(file);
      return () => {
        heldInThisProcess.delete(file);
        fs.rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(file, 'utf8').trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new StoreError(
          'LOCALCLOUD_DATA_LOCKED',
          `数据目录 ${dir} 正被进程 ${owner} 使用；请先停止该进程，或用 --data 指定另一个目录`,
        );
      }
      fs.rmSync(file, { force: true }); // stale: its owner is gone
    }
  }
  throw new StoreError('LOCALCLOUD_DATA_LOCKED', `无法锁定数据目录 ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
