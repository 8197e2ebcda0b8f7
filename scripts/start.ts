/**
 * `npm start`: builds the h5 app, then runs the local cloud serving it and the
 * function API on one port (PORT, default 8787), with data in .localcloud/,
 * seeded once with the demo organisation and personas. The server runs in this
 * process (not a child), so SIGTERM or Ctrl-C to `npm start` stops it cleanly.
 * REDSAIL_SKIP_H5_BUILD=1 serves dist/h5 as it is, without building (tests).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { failStart, runLocalCloudCli } from '../cloud/local/cli';

const root = path.resolve(__dirname, '..');

/** Builds dist/h5; a signal meanwhile stops the build and this process with it. */
function buildH5(): Promise<void> {
  console.log('正在构建 h5…');
  const build = spawn(path.join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const forward = (signal: NodeJS.Signals) => build.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    build.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code === 0) return resolve();
      console.error(signal ? `h5 构建已中止（${signal}）` : 'h5 构建失败');
      process.exit(code ?? 1);
    });
  });
}

async function main(): Promise<void> {
  if (process.env['REDSAIL_SKIP_H5_BUILD'] === '1') console.log('跳过 h5 构建（REDSAIL_SKIP_H5_BUILD=1），使用现有的 dist/h5');
  else await buildH5();
  await runLocalCloudCli(['--seed', ...process.argv.slice(2)], root);
}

main().catch(failStart);
