// The local cloud runs the declared timer triggers on their schedule (7-field cron, China time),
// and `npm run trigger` fires one now: against the running local cloud, or in-process on its data.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CronError, parseCron } from '../../cloud/local/cron';
import type { LocalCloud } from '../../cloud/local/server';
import { JSON_HEADERS, ROOT, startTestCloud, tempDir } from './helpers';

const china = (s: string) => new Date(`${s}+08:00`);
const next = (expr: string, after: string) => parseCron(expr).next(china(after))?.toISOString();

describe('the 7-field cron, in China time', () => {
  it('reads 秒 分 时 日 月 星期 年 at UTC+8 whatever the server zone', () => {
    assert.equal(next('0 0 * * * * *', '2026-03-04T10:20:00'), china('2026-03-04T11:00:00').toISOString());
    assert.equal(next('0 0 9 * * * *', '2026-03-04T10:00:00'), china('2026-03-05T09:00:00').toISOString());
    assert.equal(next('0 0 9 * * * *', '2026-03-04T08:59:59'), china('2026-03-04T09:00:00').toISOString());
    assert.equal(next('0 30 8 1 * * *', '2026-03-04T00:00:00'), china('2026-04-01T08:30:00').toISOString());
    assert.equal(next('*/15 * * * * * *', '2026-03-04T10:00:07'), china('2026-03-04T10:00:15').toISOString());
    assert.equal(next('0 0 9 * * MON-FRI *', '2026-03-06T10:00:00'), china('2026-03-09T09:00:00').toISOString(), 'Friday → Monday');
    assert.equal(next('0 0 9 * * 0 *', '2026-03-04T10:00:00'), next('0 0 9 * * 7 *', '2026-03-04T10:00:00'), '0 and 7 are Sunday');
    assert.equal(next('0 0 0 1 1 * 2027', '2026-03-04T00:00:00'), china('2027-01-01T00:00:00').toISOString());
    assert.equal(next('0 0 0 1 1 * 2025', '2026-03-04T00:00:00'), undefined, 'a year gone by: never again');
    assert.equal(next('0 0 0 29 2 * *', '2026-03-04T00:00:00'), china('2028-02-29T00:00:00').toISOString());
  });

  it('ORs 日 and 星期 when both are given, as WeChat does', () => {
    // The 10th, or any Monday: from Wednesday 4 March, Monday the 9th comes first.
    assert.equal(next('0 0 9 10 * 1 *', '2026-03-04T10:00:00'), china('2026-03-09T09:00:00').toISOString());
    assert.ok(parseCron('0 0 9 10 * 1 *').matches(china('2026-03-10T09:00:00')), 'the 10th (a Tuesday) too');
  });

  it('refuses what is not a 7-field cron', () => {
    for (const bad of ['0 9 * * *', '0 0 9 * * * * *', '60 0 * * * * *', '0 0 25 * * * *', '0 0 9 * * FOO *', '0 0 9-5 * * * *', '0 */0 * * * * *']) {
      assert.throws(() => parseCron(bad), CronError, bad);
    }
  });
});

describe('the local cloud runs timer triggers', () => {
  let dir: string;
  before(() => {
    dir = tempDir('redsail-timers-');
    fs.mkdirSync(path.join(dir, 'ticker'));
    // Records what CloudBase would hand the function: the event and the WeChat context.
    fs.writeFileSync(
      path.join(dir, 'ticker', 'index.js'),
      `const cloud = require(${JSON.stringify(require.resolve('wx-server-sdk'))});
       exports.main = async (event) => {
         (globalThis.__ticks ??= []).push({ event, ctx: cloud.getWXContext() });
         return { ok: true, data: event.TriggerName };
       };\n`,
    );
    fs.writeFileSync(path.join(dir, 'ticker', 'config.json'), '{ "triggers": [{ "name": "everySecond", "type": "timer", "config": "* * * * * * *" }] }');
  });
  after(() => delete (globalThis as { __ticks?: unknown }).__ticks);

  it('fires on schedule with { Type, TriggerName, Time }, no OPENID and SOURCE wx_trigger; stops on close', async () => {
    const cloud = await startTestCloud({ functionsDir: dir, timers: true });
    await new Promise((r) => setTimeout(r, 2300));
    await cloud.close();
    const ticks = (globalThis as { __ticks?: Array<{ event: Record<string, unknown>; ctx: Record<string, unknown> }> }).__ticks ?? [];
    assert.ok(ticks.length >= 1, `fired ${ticks.length} times`);
    const { event, ctx } = ticks[0]!;
    assert.equal(event['Type'], 'Timer');
    assert.equal(event['TriggerName'], 'everySecond');
    assert.match(String(event['Time']), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    assert.ok(!ctx['OPENID'], 'no person behind a timer');
    assert.equal(ctx['SOURCE'], 'wx_trigger');
    const count = ticks.length;
    await new Promise((r) => setTimeout(r, 1200));
    assert.equal(ticks.length, count, 'no more after close');
  });
});

describe('npm run trigger', () => {
  let cloud: LocalCloud;
  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
  });
  after(() => cloud.close());

  it('POST /api/trigger fires a declared trigger (loopback, dev mode), and only a declared one', async () => {
    const post = (body: unknown) => fetch(`${cloud.url}/api/trigger`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
    const res = await post({ function: 'jobs', trigger: 'hourly', at: '2026-03-04T03:00:00+08:00', message: 'tasks=cleanup' });
    const body = (await res.json()) as { ok: boolean; data: { ok: boolean; data: { tasks: Record<string, unknown> } } };
    assert.equal(res.status, 200);
    assert.deepEqual(Object.keys(body.data.data.tasks), ['cleanup']);
    assert.equal((await post({ function: 'jobs', trigger: 'daily' })).status, 404);
    assert.equal((await post({ function: 'points', trigger: 'hourly' })).status, 404);
  });

  it('runs in-process on a data folder when no local cloud answers', () => {
    const data = tempDir('redsail-trigger-');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/trigger.ts', 'jobs', 'hourly', '--at', '2026-03-04T10:00:00+08:00', '--tasks', 'healBookings', '--port', '9', '--data', data],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /直接在数据目录/);
    const out = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as { ok: boolean; data: { tasks: Record<string, unknown> } };
    assert.deepEqual(out.data.tasks, { healBookings: { pending: 0, settled: 0 } });
    assert.ok(!fs.existsSync(path.join(data, 'LOCK')), 'the data folder is given back');
  });
});
