/** `npm run bench`: every benchmark, one after another. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const benches = ['cloud.bench.ts', 'points.bench.ts', 'volunteer.bench.ts', 'brands.bench.ts', 'home.bench.ts', 'stations.bench.ts', 'load.bench.ts'];
for (const b of benches) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, b)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
