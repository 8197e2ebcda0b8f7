import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import sirv from 'sirv';
import { Database } from './store/database';
import { handleDatabaseAction } from './tcb/actions';
import { FunctionsHost } from './host/functions-host';
import { SessionSigner } from './host/session';
import { serveSdkInProcess } from './host/sdk-transport';
import { HttpError, readJson, sendError, sendJson } from './http/http-util';
import { ConcurrencyGate } from './http/gate';
import {
  ADMIN_TOKEN_FORMAT,
  isLoopbackListen,
  requireLoopbackHost,
  requireLoopbackPeer,
  requireSameOriginJson,
} from './http/guards';
import { DEFAULT_LIMITS, type ServerLimits } from './http/limits';
import { loadIndexSpecs } from './indexes';
import { loadTimerTriggers } from './function-configs';
import { Scheduler } from './scheduler';
import { LocalPushes } from './push-events';
import { triggerRoute } from './routes/trigger';
import { seedDemo } from './seed/seed';
import { ORGS } from './seed/demo-data';
import { FileStore } from './storage/file-store';
import { apiRoutes } from './routes/api';
import { storageRoutes } from './routes/storage';
import type { RouteContext } from './routes/context';

export interface LocalCloudOptions {
  port?: number;
  host?: string;
  /** Data folder; null keeps everything in memory. */
  dataDir: string | null;
  /** Folder of functions: cloud/functions (sources) or dist/cloudfunctions (bundles). */
  functionsDir: string;
  h5Dir?: string;
  /** Accept any openid at /api/auth/login (local development, and only while listening on loopback). */
  devLogin?: boolean;
  strictIndexes?: boolean;
  indexesFile?: string;
  /** Secret path segment for the SDK endpoint (64+ hex characters); random when omitted. */
  adminToken?: string;
  fsync?: boolean;
  /** Open a damaged journal by cutting it at the first bad record (see Journal.open). */
  repair?: boolean;
  appid?: string;
  /** Write the demo organisation, branches, stations and personas (once). */
  seedDemo?: boolean;
  /** Concurrency, connection and sign-in limits (DEFAULT_LIMITS for any not given). */
  limits?: Partial<ServerLimits>;
  /**
   * How this process's wx-server-sdk reaches the store: answered in-process at the SDK's
   * HTTP layer (default), or over loopback HTTP to /admin/<token> (the old path; benchmarks).
   */
  sdkTransport?: 'in-process' | 'http';
  /** Run the functions' timer triggers on their schedule (npm run cloud); off, they fire only when asked (fire, npm run trigger). */
  timers?: boolean;
  /** Keep WeChat's pushes (the image check's verdict) until `pushes.flush()`; by default they arrive a moment later by themselves. */
  holdPushes?: boolean;
  log?: (message: string) => void;
}

export interface LocalCloud {
  url: string;
  adminUrl: string;
  port: number;
  db: Database;
  functions: FunctionsHost;
  sessions: SessionSigner;
  files: FileStore;
  /** The declared timer triggers: `scheduler.fire(fn, trigger)` runs one now. */
  scheduler: Scheduler;
  /** The message pushes WeChat would send (wxa_media_check), delivered to their function. */
  pushes: LocalPushes;
  close(): Promise<void>;
}

export async function startLocalCloud(opts: LocalCloudOptions): Promise<LocalCloud> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const timers = loadTimerTriggers(opts.functionsDir); // validates every config.json before anything starts
  const host = opts.host ?? '127.0.0.1';
  const adminToken = opts.adminToken ?? randomBytes(32).toString('hex');
  if (!ADMIN_TOKEN_FORMAT.test(adminToken)) {
    throw new Error('LOCALCLOUD_ADMIN_TOKEN 太短或无效：须为至少 64 个十六进制字符（32 个随机字节），例如 openssl rand -hex 32 的输出');
  }
  const loopback = isLoopbackListen(host);
  if (opts.devLogin && !loopback) log(`本地云：监听 ${host}（非本机地址），已关闭开发登录（/api/auth/login）`);
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const db = Database.open({
    dir: opts.dataDir ?? undefined,
    indexes: loadIndexSpecs(opts.indexesFile),
    fsync: opts.fsync,
    repair: opts.repair,
    strictIndexes: opts.strictIndexes,
    warn: log,
  });
  const files = new FileStore(opts.dataDir);
  if (opts.seedDemo) log(seedDemo(db, files).seeded ? '本地云：已写入演示数据' : '本地云：演示数据已存在，未改动');
  // The demo's 党委 is the home organisation, as a deployment sets HOME_ORG_ID: crew of no organisation see its showcase.
  if (opts.seedDemo) process.env['HOME_ORG_ID'] ??= ORGS[0]!._id;
  const adminPath = `/admin/${adminToken}`;
  let functions: FunctionsHost | null = null;
  const ctx: RouteContext = {
    db,
    functions: () => functions!,
    sessions: SessionSigner.forDataDir(opts.dataDir),
    files,
    gate: new ConcurrencyGate(limits),
    limits,
    appid: opts.appid ?? 'wxlocalcloud',
    devLogin: opts.devLogin === true && loopback,
    log,
  };
  const scheduler = new Scheduler(() => functions!, timers, log);
  const pushes = new LocalPushes(() => functions!, { hold: opts.holdPushes === true, delayMs: 300, log });
  const routes = [triggerRoute(ctx, scheduler), apiRoutes(ctx), storageRoutes(ctx)];
  const statics = opts.h5Dir && fs.existsSync(opts.h5Dir) ? sirv(opts.h5Dir, { single: true, dev: true }) : null;

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // A loopback server answers only to loopback names: another name here is DNS rebinding.
    if (loopback) requireLoopbackHost(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === adminPath) {
      requireLoopbackPeer(req);
      if (req.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', '只接受 POST');
      return sendJson(res, 200, handleDatabaseAction(db, await readJson(req), ctx.files));
    }
    if (url.pathname.startsWith('/api/')) requireSameOriginJson(req);
    for (const r of routes) if (await r(req, res, url)) return;
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/admin')) {
      throw new HttpError(404, 'NOT_FOUND', '接口不存在');
    }
    if (statics) return statics(req, res, () => sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '页面不存在' }));
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('本地云已启动，但还没有 h5 构建（dist/h5）。');
  }

  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often the two timeouts above are enforced (Node's default is every 30 s).
      connectionsCheckingInterval: Math.max(100, Math.min(limits.headersTimeoutMs, 1000)),
    },
    (req, res) => {
      route(req, res).catch((err: unknown) => {
        if (res.headersSent || req.socket.destroyed) return;
        if (err instanceof HttpError) return sendError(res, err);
        log(`本地云：请求处理失败 ${req.method} ${req.url}: ${(err as Error).stack ?? String(err)}`);
        sendJson(res, 500, { ok: false, code: 'INTERNAL', message: '服务器开小差了，请稍后再试' });
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  // Closes connections that send nothing at all: the header timeout starts only with a request.
  server.setTimeout(limits.idleTimeoutMs);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, resolve);
    });
  } catch (err) {
    pushes.close();
    db.close(); // e.g. the port is taken: give the data folder back
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const adminUrl = `http://127.0.0.1:${port}${adminPath}`;
  const stopInProcess =
    opts.sdkTransport === 'http' ? () => {} : serveSdkInProcess(adminUrl, ({ body }) => handleDatabaseAction(db, body, files));
  try {
    functions = new FunctionsHost({ dir: opts.functionsDir, adminUrl, warn: log });
    if (opts.timers) scheduler.start();
  } catch (err) {
    pushes.close();
    stopInProcess();
    server.close();
    db.close();
    throw err;
  }

  return {
    url,
    adminUrl,
    port,
    db,
    functions,
    sessions: ctx.sessions,
    files,
    scheduler,
    pushes,
    close: () =>
      new Promise<void>((resolve) => {
        scheduler.stop();
        pushes.close();
        stopInProcess();
        server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}

export function defaultFunctionsDir(root: string, from: 'src' | 'dist'): string {
  return from === 'dist' ? path.join(root, 'dist', 'cloudfunctions') : path.join(root, 'cloud', 'functions');
}
