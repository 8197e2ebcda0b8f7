/**
 * `npm run trigger -- <function> <trigger> [options]`: fires one declared timer trigger now, as
 * CloudBase's timer would (no OPENID, SOURCE wx_trigger), so every scheduled task can be tried
 * offline. Against the local cloud running on this machine (`npm start` / `npm run cloud`), or,
 * when none answers, against the data folder in this process.
 *
 *   --at <ISO time>    the trigger's Time: what the tasks take as "now" (e.g. 2026-03-04T09:00:00+08:00)
 *   --tasks a,b        only these tasks, whatever the hour (jobs: activityReminders, bookingReminders,
 *                      certificateReminders, claimsNudge, healBookings, healSeats, healStationIndex, cleanup)
 *   --port N           the running local cloud's port (default $PORT or 8787)
 *   --data DIR         the data folder when no local cloud is running (default .localcloud/)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultFunctionsDir, startLocalCloud } from '../cloud/local/server';

const root = path.resolve(__dirname, '..');

interface Request {
  function: string;
  trigger: string;
  at?: string;
  message?: string;
}

async function viaRunningCloud(port: number, req: Request): Promise<unknown | undefined> {
  const base = `http://127.0.0.1:${port}`;
  const health = await fetch(`${base}/api/health`).catch(() => null);
  if (!health?.ok) return undefined;
  const res = await fetch(`${base}/api/trigger`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(req) });
  const body = (await res.json()) as { ok: boolean; data?: unknown; message?: string };
  if (!body.ok) throw new Error(body.message ?? `HTTP ${res.status}`);
  return body.data;
}

async function inProcess(dataDir: string, req: Request): Promise<unknown> {
  const cloud = await startLocalCloud({ dataDir, functionsDir: defaultFunctionsDir(root, 'src'), log: () => {} });
  try {
    return await cloud.scheduler.fire(req.function, req.trigger, { at: req.at ? new Date(req.at) : undefined, message: req.message });
  } finally {
    await cloud.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { at: { type: 'string' }, tasks: { type: 'string' }, port: { type: 'string' }, data: { type: 'string' } },
  });
  const [fn, trigger] = positionals;
  if (!fn || !trigger) {
    console.error('用法：npm run trigger -- <云函数> <触发器> [--at 时间] [--tasks a,b] [--port N] [--data 目录]');
    process.exit(2);
  }
  if (values.at && Number.isNaN(Date.parse(values.at))) throw new Error(`--at 不是有效时间：${values.at}`);
  const req: Request = { function: fn, trigger, ...(values.at ? { at: values.at } : {}), ...(values.tasks ? { message: `tasks=${values.tasks}` } : {}) };
  const port = Number(values.port ?? process.env['PORT'] ?? 8787);
  let result = await viaRunningCloud(port, req);
  if (result === undefined) {
    const dataDir = path.resolve(root, values.data ?? '.localcloud');
    console.log(`本地云未在端口 ${port} 运行，直接在数据目录 ${dataDir} 上触发`);
    result = await inProcess(dataDir, req);
  }
  console.log(JSON.stringify(result, null, 2));
}

main().catch((err: Error) => {
  console.error(`触发失败：${err.message}`);
  process.exit(1);
});
