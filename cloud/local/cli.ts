import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultFunctionsDir, startLocalCloud } from './server';

const HELP = `本地云 (local cloud): runs RedSail's cloud functions and the CloudBase database offline.

Usage: npm run cloud -- [options]
  --port N            port (default: $PORT or 8787)
  --host H            address to listen on (default 127.0.0.1)
  --data DIR          data folder (default .localcloud/)
  --memory            keep data in memory only
  --reset             delete the data folder before starting
  --functions src|dist|DIR  cloud/functions sources (default), dist/cloudfunctions bundles, or a folder
  --h5 DIR            serve this h5 build (default dist/h5)
  --login dev|off     dev: /api/auth/login accepts any openid (default); off: disabled
  --strict-indexes    fail queries that scan a large collection without an index
  --fsync             fsync every write (survives power loss, slower)
  --repair            open a damaged journal.log: keep a copy of it, keep every record before the
                      first bad one, drop the rest and say how many (without it a damaged journal
                      is refused)
  --seed              write the demo data (organisation, branches, stations, personas) once
  --help`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      memory: { type: 'boolean' },
      reset: { type: 'boolean' },
      functions: { type: 'string' },
      h5: { type: 'string' },
      login: { type: 'string' },
      'strict-indexes': { type: 'boolean' },
      fsync: { type: 'boolean' },
      repair: { type: 'boolean' },
      seed: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void console.log(HELP);
  const root = process.cwd();
  const port = Number(values.port ?? process.env['PORT'] ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${values.port}`);
  const fnOpt = values.functions ?? 'src';
  const functionsDir = fnOpt === 'src' || fnOpt === 'dist' ? defaultFunctionsDir(root, fnOpt) : path.resolve(fnOpt);
  if (!fs.existsSync(functionsDir)) {
    throw new Error(fnOpt === 'dist' ? '还没有云函数包，请先运行 npm run build:cloud' : `云函数目录不存在：${functionsDir}`);
  }
  const dataDir = values.memory ? null : path.resolve(values.data ?? '.localcloud');
  if (values.reset && dataDir) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    console.log(`本地云：已清空数据目录 ${dataDir}`);
  }
  const cloud = await startLocalCloud({
    port,
    host: values.host,
    dataDir,
    functionsDir,
    h5Dir: path.resolve(values.h5 ?? 'dist/h5'),
    devLogin: (values.login ?? 'dev') === 'dev',
    strictIndexes: values['strict-indexes'] ?? process.env['LOCALCLOUD_STRICT_INDEXES'] === '1',
    fsync: values.fsync,
    repair: values.repair,
    seedDemo: values.seed,
    adminToken: process.env['LOCALCLOUD_ADMIN_TOKEN'],
  });
  console.log(`本地云已启动：${cloud.url}  (数据：${dataDir ?? '内存'}，云函数：${cloud.functions.names.join(', ')})`);
  const stop = (signal: string) => {
    console.log(`本地云：收到 ${signal}，正在停止…`);
    void cloud.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err: Error) => {
  console.error(`本地云启动失败：${err.message}`);
  process.exit(1);
});
