import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as WxServerSdk from 'wx-server-sdk';
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
  });
  process.env['TCB_CONTEXT_CNFG'] = JSON.stringify({ URL: cloud.adminUrl });
  return cloud;
}

type Sdk = typeof WxServerSdk;

/** The SDK as a cloud function sees it; results typed loosely, as tests inspect them. */
export function sdk(): { cloud: Sdk; db: any; _: any } {
  // As in the functions host: placeholder credentials, and no metadata-host lookup.
  process.env['TENCENTCLOUD_SECRETID'] ??= 'localcloud';
  process.env['TENCENTCLOUD_SECRETKEY'] ??= 'localcloud';
  process.env['TENCENTCLOUD'] = 'true';
  const cloud = require('wx-server-sdk') as Sdk;
  cloud.init({ env: 'local' });
  const db = cloud.database();
  return { cloud, db, _: db.command };
}

export async function login(cloud: { url: string }, openid: string): Promise<string> {
  const res = await fetch(`${cloud.url}/api/auth/login`, { method: 'POST', body: JSON.stringify({ openid }) });
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
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: JSON.stringify({ action, data }),
  });
  return { status: res.status, body: await res.json() };
}
