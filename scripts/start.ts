/**
 * `npm start`: builds the h5 app, then runs the local cloud serving it and the
 * function API on one port (PORT, default 8787), with data in .localcloud/,
 * seeded once with the demo organisation and personas.
 */
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
console.log('正在构建 h5…');
const build = spawnSync(path.join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NODE_ENV: 'production' },
});
if (build.status !== 0) {
  console.error('h5 构建失败');
  process.exit(build.status ?? 1);
}
const cloud = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'cloud/local/cli.ts'), '--seed', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => cloud.kill(sig));
cloud.on('exit', (code) => process.exit(code ?? 0));
