/**
 * npm run deploy -- --env <envId> [--dry-run]
 *
 * Builds the function bundles, reads what the project declares and what the environment has,
 * plans, and runs the plan. Keys come from TCB_SECRET_ID / TCB_SECRET_KEY (TCB_SESSION_TOKEN for
 * temporary keys). --dry-run prints the plan as JSON and changes nothing; without keys it plans
 * against an empty environment. Exit codes: 0 done, 1 failed, 2 usage, 3 done but needs a person.
 */
import { parseArgs } from 'node:util';
import { buildCloudFunctions } from '../build-cloud';
import { readDesiredState } from './desired';
import { emptyClient } from './empty-client';
import { executePlan } from './executor';
import { planDeploy } from './planner';
import { describeFinding, planSummary } from './report';
import { BLOCKING_FINDINGS, type CloudClient } from './types';

const USAGE = '用法：npm run deploy -- --env <envId> [--dry-run]   （密钥：环境变量 TCB_SECRET_ID、TCB_SECRET_KEY）';

function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      env: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return void console.log(USAGE);
  const dryRun = values['dry-run'] === true;
  const envId = values.env ?? process.env['CLOUD_ENV_ID'] ?? '';
  const secretId = process.env['TCB_SECRET_ID'] ?? '';
  const secretKey = process.env['TCB_SECRET_KEY'] ?? '';
  const missing = [
    ...(envId ? [] : ['--env <envId>（或环境变量 CLOUD_ENV_ID）']),
    ...(dryRun || secretId ? [] : ['环境变量 TCB_SECRET_ID']),
    ...(dryRun || secretKey ? [] : ['环境变量 TCB_SECRET_KEY']),
  ];
  if (missing.length > 0) {
    fail(
      2,
      `无法部署，缺少：${missing.join('、')}\n${USAGE}\n密钥在腾讯云控制台 → 访问管理 → API 密钥管理 创建；子账号需要 QcloudTCBFullAccess。不带密钥可先用 --dry-run 查看部署计划。`,
    );
  }

  const names = await buildCloudFunctions();
  console.error(`已打包云函数：${names.join(', ')}`);
  const desired = readDesiredState(envId);
  const withKeys = Boolean(secretId && secretKey);
  // manager-node is heavy to load: only when there are keys to use it with.
  const client: CloudClient = withKeys
    ? (await import('./manager-client')).managerClient({
        secretId,
        secretKey,
        token: process.env['TCB_SESSION_TOKEN'],
        envId,
      })
    : emptyClient;
  const plan = await planDeploy(desired, client, process.env, withKeys ? 'remote' : 'empty');

  if (dryRun) {
    console.error(planSummary(plan));
    console.log(JSON.stringify(plan, null, 2));
    return;
  }
  console.log(planSummary(plan));
  const result = await executePlan(plan, client);
  console.log(`完成 ${result.done} 步${result.skipped.length > 0 ? `，跳过 ${result.skipped.length} 步` : ''}。`);
  for (const f of result.notActive)
    console.error(`云函数 ${f.name} 部署后状态为 ${f.status}：请在云开发控制台查看该函数的日志和状态。`);
  const blocking = plan.findings.filter((f) => BLOCKING_FINDINGS.has(f.kind));
  for (const f of blocking) console.error(`需要处理：${describeFinding(f)}`);
  if (blocking.length > 0 || result.notActive.length > 0) process.exit(3);
}

main().catch((err: Error) => fail(1, `部署失败：${err.message}`));
