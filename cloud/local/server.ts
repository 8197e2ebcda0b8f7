import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import sirv from 'sirv';
import { Database } from './store/database';
import { handleDatabaseAction } from './tcb/actions';
import { FunctionNotFoundError, FunctionsHost, FunctionTimeoutError } from './host/functions-host';
import { SessionSigner } from './host/session';
import { HttpError, readJson, sendJson } from './http-util';
import { loadIndexSpecs } from './indexes';
import { loadTimerTriggers } from './function-configs';
import { demoPersonas } from './seed/demo-data';
import { seedDemo } from './seed/seed';
import { CONTENT_TYPES, FileStore, MAX_UPLOAD_BYTES, UPLOAD_PATH } from './storage/file-store';

export interface LocalCloudOptions {
  port?: number;
  host?: string;
  /** Data folder; null keeps everything in memory. */
  dataDir: string | null;
  /** Folder of functions: cloud/functions (sources) or dist/cloudfunctions (bundles). */
  functionsDir: string;
  h5Dir?: string;
  /** Accept any openid at /api/auth/login (local development only). */
  devLogin?: boolean;
  strictIndexes?: boolean;
  indexesFile?: string;
  /** Secret path segment for the SDK endpoint; random when omitted. */
  adminToken?: string;
  fsync?: boolean;
  appid?: string;
  /** Write the demo organisation, branches, stations and personas (once). */
  seedDemo?: boolean;
  log?: (message: string) => void;
}

export interface LocalCloud {
  url: string;
  adminUrl: string;
  port: number;
  db: Database;
  functions: FunctionsHost;
  sessions: SessionSigner;
  close(): Promise<void>;
}

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

export async function startLocalCloud(opts: LocalCloudOptions): Promise<LocalCloud> {
  const log = opts.log ?? ((m: string) => console.log(m));
  loadTimerTriggers(opts.functionsDir); // validates every config.json before anything starts
  const db = Database.open({
    dir: opts.dataDir ?? undefined,
    indexes: loadIndexSpecs(opts.indexesFile),
    fsync: opts.fsync,
    strictIndexes: opts.strictIndexes,
    warn: log,
  });
  if (opts.seedDemo) log(seedDemo(db).seeded ? '本地云：已写入演示数据' : '本地云：演示数据已存在，未改动');
  const sessions = SessionSigner.forDataDir(opts.dataDir);
  const files = new FileStore(opts.dataDir);
  const adminPath = `/admin/${opts.adminToken ?? randomBytes(12).toString('hex')}`;
  const appid = opts.appid ?? 'wxlocalcloud';
  const statics = opts.h5Dir && fs.existsSync(opts.h5Dir) ? sirv(opts.h5Dir, { single: true, dev: true }) : null;
  let functions: FunctionsHost | null = null;

  const server = http.createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) return sendJson(res, err.status, { ok: false, code: err.code, message: err.message });
      log(`本地云：请求处理失败 ${req.method} ${req.url}: ${(err as Error).stack ?? String(err)}`);
      sendJson(res, 500, { ok: false, code: 'INTERNAL', message: '服务器开小差了，请稍后再试' });
    });
  });

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && url.pathname === adminPath) {
      return sendJson(res, 200, handleDatabaseAction(db, await readJson(req)));
    }
    if (url.pathname === '/api/health') return sendJson(res, 200, { ok: true, data: { functions: functions?.names } });
    if (req.method === 'POST' && url.pathname === '/api/auth/login') return login(req, res);
    if (req.method === 'GET' && url.pathname === '/api/auth/personas') {
      if (!opts.devLogin) throw new HttpError(403, 'LOGIN_DISABLED', '本地登录未开启');
      return sendJson(res, 200, { ok: true, data: demoPersonas() });
    }
    if (req.method === 'POST' && url.pathname === '/api/storage/upload') return upload(req, res);
    if (req.method === 'GET' && url.pathname.startsWith('/storage/')) return download(url.pathname.slice('/storage/'.length), res);
    const fn = /^\/api\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
    if (fn && req.method === 'POST') return callFunction(fn[1]!, req, res);
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/admin')) {
      throw new HttpError(404, 'NOT_FOUND', '接口不存在');
    }
    if (statics) return statics(req, res, () => sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '页面不存在' }));
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('本地云已启动，但还没有 h5 构建（dist/h5）。');
  }

  async function login(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!opts.devLogin) throw new HttpError(403, 'LOGIN_DISABLED', '本地登录未开启');
    const body = await readJson(req);
    const openid = body['openid'];
    if (typeof openid !== 'string' || !OPENID.test(openid)) {
      throw new HttpError(400, 'INVALID_OPENID', 'openid 须为 1-64 位字母、数字、下划线或短横线');
    }
    sendJson(res, 200, { ok: true, data: { token: sessions.issue(openid, appid), openid } });
  }

  function sessionOf(req: http.IncomingMessage) {
    const auth = req.headers.authorization;
    const session = sessions.verify(auth?.startsWith('Bearer ') ? auth.slice(7) : undefined);
    if (!session) throw new HttpError(401, 'UNAUTHENTICATED', '请先登录');
    return session;
  }

  /** h5's Taro.cloud.uploadFile: `{ cloudPath, contentBase64 }`, only into the caller's own folder. */
  async function upload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const session = sessionOf(req);
    const body = await readJson(req, Math.ceil(MAX_UPLOAD_BYTES * 1.4));
    const cloudPath = String(body['cloudPath'] ?? '');
    const m = UPLOAD_PATH.exec(cloudPath);
    if (!m) throw new HttpError(400, 'INVALID_INPUT', '只能上传 jpg、png 或 webp 图片');
    if (m[1] !== session.openid) throw new HttpError(403, 'FORBIDDEN', '只能上传到自己的目录');
    const content = Buffer.from(String(body['contentBase64'] ?? ''), 'base64');
    if (content.length === 0) throw new HttpError(400, 'INVALID_INPUT', '文件是空的');
    if (content.length > MAX_UPLOAD_BYTES) throw new HttpError(413, 'INVALID_INPUT', '图片不能超过 5 MB');
    files.put(cloudPath, content);
    sendJson(res, 200, { ok: true, data: { fileID: files.fileId(cloudPath) } });
  }

  function download(cloudPath: string, res: http.ServerResponse): void {
    const content = UPLOAD_PATH.test(cloudPath) ? files.get(cloudPath) : null;
    if (!content) throw new HttpError(404, 'NOT_FOUND', '文件不存在');
    const ext = cloudPath.split('.').pop() ?? '';
    res.writeHead(200, { 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'private, max-age=86400' });
    res.end(content);
  }

  async function callFunction(name: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const session = sessionOf(req);
    const body = await readJson(req);
    try {
      const result = await functions!.invoke(
        name,
        { action: body['action'], data: body['data'] },
        { openid: session.openid, appid: session.appid, clientIp: req.socket.remoteAddress },
      );
      sendJson(res, 200, result ?? null);
    } catch (err) {
      if (err instanceof FunctionNotFoundError) throw new HttpError(404, 'FUNCTION_NOT_FOUND', err.message);
      if (err instanceof FunctionTimeoutError) throw new HttpError(504, 'FUNCTION_TIMEOUT', err.message);
      throw err;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  const adminUrl = `http://127.0.0.1:${port}${adminPath}`;
  try {
    functions = new FunctionsHost({ dir: opts.functionsDir, adminUrl, warn: log });
  } catch (err) {
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
    sessions,
    close: () =>
      new Promise<void>((resolve) => {
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
