import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultFunctionsDir, type LocalCloudOptions } from './server';

export const HELP = `本地云 (local cloud): runs RedSail's cloud functions and the CloudBase database offline.

Usage: npm run cloud -- [options]
  --port N            port (default: $PORT or 8787)
  --host H            address to listen on (default 127.0.0.1); on a non-loopback address dev
                      sign-in is off
  --data DIR          data folder (default .localcloud/)
  --memory            keep data in memory only
  --reset             delete the data folder before starting
  --functions src|dist|DIR  cloud/functions sources (default), dist/cloudfunctions bundles, or a folder
  --h5 DIR            serve this h5 build (default dist/h5)
  --login dev|off     dev: /api/auth/login accepts any openid (default; loopback only, 30 a
                      minute per address); off: disabled
  --strict-indexes    fail queries that scan a large collection without an index
  --fsync             fsync every write (survives power loss, slower)
  --repair            open a damaged journal.log: keep a copy of it, keep every record before the
                      first bad one, drop the rest and say how many (without it a damaged journal
                      is refused)
  --seed              write the demo data (organisation, branches, stations, personas) once
  --no-timers         do not run the functions' timer triggers on their schedule (they run by
                      default, in China time; npm run trigger -- <function> <trigger> fires one now)
  --help

Environment:
  PORT                     the port when --port is not given
  LOCALCLOUD_ADMIN_TOKEN   fixes the SDK endpoint's secret (/admin/<token>): 64+ hex characters,
                           e.g. \`openssl rand -hex 32\`; random per start when unset
  LOCALCLOUD_STRICT_INDEXES=1  as --strict-indexes

Limits: 32 function calls run at once and 256 wait (then 503 RATE_LIMITED), 512 connections,
10 s for headers, 30 s for a request; /storage/ files need a session or a signed URL.`;

export interface CliCommand {
  help: boolean;
  /** Delete the data folder before starting. */
  reset: boolean;
  options: LocalCloudOptions;
}

/** Reads `npm run cloud -- …` arguments (relative paths from `root`) into the local cloud's options. */
export function parseCli(args: string[], root: string): CliCommand {
  const { values } = parseArgs({
    args,
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
      'no-timers': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const port = Number(values.port ?? process.env['PORT'] ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${values.port}`);
  const fnOpt = values.functions ?? 'src';
  const functionsDir = fnOpt === 'src' || fnOpt === 'dist' ? defaultFunctionsDir(root, fnOpt) : path.resolve(root, fnOpt);
  if (!values.help && !fs.existsSync(functionsDir)) {
    throw new Error(fnOpt === 'dist' ? '还没有云函数包，请先运行 npm run build:cloud' : `云函数目录不存在：${functionsDir}`);
  }
  return {
    help: values.help === true,
    reset: values.reset === true,
    options: {
      port,
      host: values.host,
      dataDir: values.memory ? null : path.resolve(root, values.data ?? '.localcloud'),
      functionsDir,
      h5Dir: path.resolve(root, values.h5 ?? 'dist/h5'),
      devLogin: (values.login ?? 'dev') === 'dev',
      strictIndexes: values['strict-indexes'] ?? process.env['LOCALCLOUD_STRICT_INDEXES'] === '1',
      fsync: values.fsync,
      repair: values.repair,
      seedDemo: values.seed,
      timers: values['no-timers'] !== true,
      adminToken: process.env['LOCALCLOUD_ADMIN_TOKEN'],
    },
  };
}
