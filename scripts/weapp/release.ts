/**
 * npm run build:weapp:release — the build `npm run upload` accepts: CLOUD_ENV_ID required,
 * NODE_ENV=production, then on this very output WeChat's compilers, the size budget and the
 * compiled-page tests; only when all pass is the build stamp written (build-stamp.ts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { overBudget, packageSizes, sizeTable } from './package-sizes';
import { compileWeapp, describeProblems } from './wechat-compile';
import { ROOT, sourcesStamp, templateIds, WEAPP_DIR, writeStamp } from './build-stamp';

function fail(message: string, code = 1): never {
  console.error(`\n✖ ${message}`);
  process.exit(code);
}

function run(title: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): void {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (r.status !== 0) fail(`${title} 失败`);
}

const cloudEnvId = process.env['CLOUD_ENV_ID'] ?? '';
if (!cloudEnvId)
  fail('缺少环境变量 CLOUD_ENV_ID（云开发环境 ID）：用法 CLOUD_ENV_ID=<环境 ID> npm run build:weapp:release', 2);
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const before = sourcesStamp();

run('build dist/weapp (production)', bin('taro'), ['build', '--type', 'weapp'], env);

console.log('\n▶ WeChat wcc / wcsc');
const compiled = compileWeapp(WEAPP_DIR);
if (compiled.problems.length > 0) fail(describeProblems(compiled.problems));
console.log(`ok: ${compiled.wxml.length} WXML, ${compiled.wxss.length} WXSS`);

console.log('\n▶ package sizes');
const sizes = packageSizes(WEAPP_DIR);
console.log(sizeTable(sizes));
if (overBudget(sizes).length > 0) fail('有分包超出体积预算');

run('compiled-page tests (miniprogram-simulate)', bin('jest'), ['-c', 'jest.weapp.config.js', '--ci'], env);

// Sources edited while this ran would make the stamp lie about what was built.
if (sourcesStamp() !== before) fail('构建期间源码有改动：请重新运行');
const templates = templateIds(process.env);
const stamp = writeStamp({
  nodeEnv: 'production',
  cloudEnvId,
  templates,
  sources: before,
  checks: ['wcc/wcsc', 'size budget', 'weapp jest suite'],
});
console.log(`\n✔ 发布构建完成：云环境 ${cloudEnvId}，dist/weapp ${stamp.dist}`);
for (const [name, value] of Object.entries(templates)) {
  if (!value) console.log(`  注意：${name} 未设置，小程序不会请求这类订阅消息`);
}
