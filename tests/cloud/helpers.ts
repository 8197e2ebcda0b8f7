import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as WxServerSdk from 'wx-server-sdk';
import type * as ExcelJS from 'exceljs';
import { setLocalSdkCredentials } from '../../cloud/local/host/sdk-env';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../../cloud/local/server';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURE_FUNCTIONS = path.join(ROOT, 'tests', 'fixtures', 'functions');

export function tempDir(prefix = 'redsail-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Starts an in-process local cloud and points this process's wx-server-sdk at it. */
export async function startTestCloud(opts: Partial<LocalCloudOptions> = {}): Promise<LocalCloud> {
  const cloud = await startLocalCloud({
    dataDir: null,
    functionsDir: FIXTURE_FUNCTIONS,
    devLogin: true,
    // Tests run strict: a query that would scan a large collection fails the test.
    strictIndexes: true,
    log: () => {},
    ...opts,
    // Tests sign in many people from one address: only the sign-in limit's own test keeps the default.
    limits: { loginsPerMinute: 1_000_000, ...opts.limits },
  });
  process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: cloud.adminUrl });
  return cloud;
}

type Sdk = typeof WxServerSdk;

/** The SDK as a cloud function sees it; results typed loosely, as tests inspect them. */
export function sdk(): { cloud: Sdk; db: any; _: any } {
  setLocalSdkCredentials(); // as the functions host does
  const cloud = require('wx-server-sdk') as Sdk;
  cloud.init({ env: 'local' });
  const db = cloud.database();
  return { cloud, db, _: db.command };
}

/** What the app sends: the local cloud refuses /api/ POSTs not declared as JSON. */
export const JSON_HEADERS = { 'content-type': 'application/json' } as const;

export async function login(cloud: { url: string }, openid: string): Promise<string> {
  const res = await fetch(`${cloud.url}/api/auth/login`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ openid }) });
  const body = (await res.json()) as { data: { token: string } };
  return body.data.token;
}

export async function callApi(
  cloud: { url: string },
  token: string | null,
  fn: string,
  action: string,
  data?: unknown,
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${cloud.url}/api/${fn}`, {
    method: 'POST',
    headers: token ? { ...JSON_HEADERS, authorization: `Bearer ${token}` } : JSON_HEADERS,
    body: JSON.stringify({ action, data }),
  });
  return { status: res.status, body: await res.json() };
}

/** What a test calls a function with, signed in as one person: returns the response body. */
export type Call = (fn: string, action: string, data?: unknown) => Promise<any>;

export async function actAs(cloud: { url: string }, openid: string): Promise<Call> {
  const token = await login(cloud, openid);
  return async (fn, action, data) => (await callApi(cloud, token, fn, action, data)).body;
}

/** A stored user, as the account function and the demo seed write them. */
export function userDoc(
  openid: string,
  name: string,
  roles: string[],
  at: { branchId?: string | null; orgId?: string | null; stationId?: string | null; phone?: string | null } = {},
): Record<string, unknown> {
  const now = new Date('2026-01-05T08:00:00+08:00');
  return {
    _id: openid,
    name,
    avatarUrl: '',
    phone: at.phone ?? null,
    roles,
    branchId: at.branchId ?? null,
    orgId: at.orgId ?? null,
    stationId: at.stationId ?? null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Two organisations to test membership against. org_a: branches br_a1 (code AAAAA1, secretary
 * sec_a1, member mem_a1), br_a2 (AAAAA2, secretary sec_a2, member mem_a2) and br_a3 (no code yet),
 * admin admin_a (member of br_a1), station st_a1. org_b: branch br_b1 (BBBBB1), admin admin_b, station st_b1.
 */
export function seedOrgFixture(db: { insert(coll: string, docs: Record<string, unknown>[]): unknown }): void {
  const createdAt = new Date('2026-01-05T08:00:00+08:00');
  db.insert('orgs', [
    { _id: 'org_a', name: '济宁市港航事业发展中心党委' },
    { _id: 'org_b', name: '安庆港航党委' },
  ]);
  const branch = (_id: string, orgId: string, name: string, inviteCode: string | null, memberCount: number) => ({
    _id,
    orgId,
    name,
    brand: null,
    inviteCode,
    memberCount,
    createdAt,
  });
  db.insert('branches', [
    branch('br_a1', 'org_a', '机关第一党支部', 'AAAAA1', 3),
    branch('br_a2', 'org_a', '任城港航党支部', 'AAAAA2', 2),
    branch('br_a3', 'org_a', '智慧港航党支部', null, 0),
    branch('br_b1', 'org_b', '安庆第一党支部', 'BBBBB1', 0),
  ]);
  const station = (_id: string, orgId: string, name: string) => ({
    _id,
    orgId,
    name,
    address: '',
    phone: '',
    hours: '',
    services: [],
    location: { lat: 0, lng: 0 },
  });
  db.insert('stations', [station('st_a1', 'org_a', '济舟港湾红色驿站'), station('st_b1', 'org_b', '安庆水上服务区')]);
  const a1 = { orgId: 'org_a', branchId: 'br_a1' };
  const a2 = { orgId: 'org_a', branchId: 'br_a2' };
  db.insert('users', [
    userDoc('admin_a', '刘强', ['crew', 'member', 'org_admin'], a1),
    userDoc('sec_a1', '赵志刚', ['crew', 'member', 'branch_admin'], a1),
    userDoc('mem_a1', '李红梅', ['crew', 'member'], { ...a1, phone: '13900000002' }),
    userDoc('sec_a2', '王建军', ['crew', 'member', 'branch_admin'], a2),
    userDoc('mem_a2', '孔灯塔', ['crew', 'member'], a2),
    userDoc('admin_b', '吴江', ['crew', 'org_admin'], { orgId: 'org_b' }),
  ]);
}

/** A CSV file as the app uploads it: base64, UTF-8 with a BOM (as Excel writes "CSV UTF-8"). */
export function csvBase64(lines: string[], bom = true): string {
  return Buffer.from(`${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');
}

/** An .xlsx file built with exceljs, base64-encoded. */
export async function xlsxBase64(rows: unknown[][]): Promise<string> {
  const { Workbook } = require('exceljs') as typeof ExcelJS; // required here only: it is slow to load
  const workbook = new Workbook();
  workbook.addWorksheet('名册').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The Database methods the local cloud calls exactly once per SDK request (cloud/local/tcb/actions.ts). */
const REQUEST_METHODS = [
  'find',
  'count',
  'aggregate',
  'insert',
  'modify',
  'remove',
  'beginTransaction',
  'txGet',
  'txInsert',
  'txModify',
  'txRemove',
  'commitTransaction',
  'abortTransaction',
] as const;

/**
 * Runs `fn` and counts the database requests the local cloud answered meanwhile: one per SDK call
 * (POST to the admin endpoint). Run nothing else against the cloud at the same time.
 */
export async function countDbRequests<T>(
  db: LocalCloud['db'],
  fn: () => Promise<T>,
): Promise<{ result: T; requests: number }> {
  let requests = 0;
  const target = db as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = REQUEST_METHODS.map((m) => [m, target[m]!] as const);
  for (const [m, original] of originals) {
    target[m] = (...args: unknown[]) => {
      requests++;
      return original.apply(db, args);
    };
  }
  try {
    const result = await fn();
    return { result, requests };
  } finally {
    for (const m of REQUEST_METHODS) delete target[m]; // back to the prototype's methods
  }
}

/** Today and this year in China time, as the points function dates claims. */
export function chinaDay(now = new Date()): { today: string; year: number } {
  const today = new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  return { today, year: Number(today.slice(0, 4)) };
}

/** mulberry32: a small seeded generator in [0, 1), so a randomised run can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Calls one function for many people at once, `concurrency` requests in flight: bodies in input order, and each call's time in ms. */
export async function callMany(
  cloud: { url: string; sessions: { issue(openid: string, appid: string): string } },
  openids: readonly string[],
  fn: string,
  action: string,
  data: unknown,
  concurrency = openids.length,
): Promise<{ bodies: any[]; times: number[] }> {
  const tokens = openids.map((o) => cloud.sessions.issue(o, 'wxtest'));
  const bodies: any[] = new Array(openids.length);
  const times: number[] = new Array(openids.length);
  let next = 0;
  const worker = async () => {
    while (next < openids.length) {
      const i = next++;
      const t = performance.now();
      bodies[i] = (await callApi(cloud, tokens[i]!, fn, action, data)).body;
      times[i] = performance.now() - t;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, openids.length) }, worker));
  return { bodies, times };
}

/** Signed-in callers by openid: a token issued directly when the cloud is in this process (no sign-in requests), else one login each. */
export function callerCache(cloud: { url: string; sessions?: { issue(openid: string, appid: string): string } }): (openid: string) => Promise<Call> {
  const cache = new Map<string, Promise<Call>>();
  const signIn = async (openid: string): Promise<Call> => {
    const token = cloud.sessions ? cloud.sessions.issue(openid, 'wxtest') : await login(cloud, openid);
    return async (fn, action, data) => (await callApi(cloud, token, fn, action, data)).body;
  };
  return (openid) => {
    if (!cache.has(openid)) cache.set(openid, signIn(openid));
    return cache.get(openid)!;
  };
}

/** Uploads a small PNG as `openid` through the local cloud's storage (as the h5 app does); returns its fileID. */
export async function uploadPhoto(
  cloud: { url: string; sessions: { issue(openid: string, appid: string): string } },
  openid: string,
  file = 'p.png',
  folder: 'claims' | 'brands' | 'certificates' = 'claims',
): Promise<string> {
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const res = await fetch(`${cloud.url}/api/storage/upload`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, authorization: `Bearer ${cloud.sessions.issue(openid, 'wxtest')}` },
    body: JSON.stringify({ cloudPath: `${folder}/${openid}/${file}`, contentBase64: png.toString('base64') }),
  });
  const body = (await res.json()) as { data?: { fileID: string } };
  if (!body.data) throw new Error(`upload failed: ${JSON.stringify(body)}`);
  return body.data.fileID;
}

/** A successful response's data (fails the test otherwise, showing the body). */
export function okData(body: any): any {
  if (body?.ok !== true) throw new Error(`expected ok: ${JSON.stringify(body)}`);
  return body.data;
}

/** Fails the test unless the response was refused with this code (and message). */
export function refusedWith(body: any, code: string, message?: RegExp): void {
  if (body?.ok !== false || body.code !== code) throw new Error(`expected ${code}: ${JSON.stringify(body)}`);
  if (message && !message.test(String(body.message))) throw new Error(`expected message ${String(message)}: ${body.message}`);
}
