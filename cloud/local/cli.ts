/**
 * `npm run cloud` (and, after building h5, `npm start`): the local cloud in this
 * very process, so a signal to the process the user started reaches the server.
 */
import fs from 'node:fs';
import { HELP, parseCli } from './cli-options';
import { startLocalCloud, type LocalCloud } from './server';

/** Longest a clean stop may take before the process gives up on it. */
const STOP_GRACE_MS = 10_000;

export async function runLocalCloudCli(args: string[], root = process.cwd()): Promise<LocalCloud | null> {
  const cmd = parseCli(args, root);
  if (cmd.help) {
    console.log(HELP);
    return null;
  }
  const { dataDir } = cmd.options;
  if (cmd.reset && dataDir) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    console.log(`本地云：已清空数据目录 ${dataDir}`);
  }
  // Listen for signals before anything can print "started": whoever reads that line may
  // signal at once, and a signal with no handler yet would kill the process uncleanly.
  const starting = startLocalCloud(cmd.options);
  stopOnSignals(starting);
  const cloud = await starting;
  console.log(`本地云已启动：${cloud.url}  (数据：${dataDir ?? '内存'}，云函数：${cloud.functions.names.join(', ')})`);
  return cloud;
}

/**
 * Ctrl-C reaches this process twice (from the terminal, and forwarded by npm): the first
 * signal starts a clean stop (journal compacted, LOCK released) as soon as the local cloud
 * is up, later ones are ignored rather than letting the default action kill the process
 * halfway through.
 */
function stopOnSignals(starting: Promise<LocalCloud>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`本地云：收到 ${signal}，正在停止…`);
    setTimeout(() => {
      console.error('本地云：停止超时，强制退出');
      process.exit(1);
    }, STOP_GRACE_MS).unref();
    starting
      .then((cloud) => cloud.close())
      .then(
        () => process.exit(0),
        (err: Error) => {
          console.error(`本地云：停止时出错：${err.message}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

export function failStart(err: Error): never {
  console.error(`本地云启动失败：${err.message}`);
  process.exit(1);
}

if (require.main === module) runLocalCloudCli(process.argv.slice(2)).catch(failStart);
