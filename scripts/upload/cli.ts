/**
 * npm run upload -- --version <v> --desc <d> [--preview]
 *
 * Uploads dist/weapp with miniprogram-ci — only the build `npm run build:weapp:release` made and
 * checked (build stamp), with a real appid. The key comes from WEAPP_PRIVATE_KEY (PEM text) or
 * WEAPP_PRIVATE_KEY_PATH; without one it prints what it would upload and the package sizes.
 * Exit codes: 0 uploaded (or nothing in the way, without a key), 1 refused or failed, 2 usage.
 */
import path from 'node:path';
import { overBudget, packageSizes, sizeTable } from '../weapp/package-sizes';
import { defaultStampPaths, readStamp, stampProblems } from '../weapp/build-stamp';
import { projectOptions, realCi, type CiApi } from './ci';
import { appidProblem, parseUploadArgs, readAppid, uploadKey } from './options';

export interface UploadContext {
  root: string;
  dist: string;
  argv: string[];
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Tests pass a recording fake; the real miniprogram-ci is loaded only when needed. */
  ci?: () => CiApi;
}

export async function uploadCommand(ctx: UploadContext): Promise<number> {
  const args = parseUploadArgs(ctx.argv, ctx.root);
  if ('error' in args) {
    ctx.log(args.error);
    return 2;
  }
  const appid = readAppid(path.join(ctx.root, 'project.config.json'));
  const stampPaths = {
    ...defaultStampPaths,
    root: ctx.root,
    dist: ctx.dist,
    stampFile: path.join(path.dirname(ctx.dist), 'weapp-build.json'),
  };
  const stamp = readStamp(stampPaths);
  const sizes = packageSizes(ctx.dist);
  const key = uploadKey(ctx.env);

  ctx.log(
    `${args.preview ? '预览' : '上传'} ${path.relative(ctx.root, ctx.dist)}：appid ${appid}，版本 ${args.version}，说明「${args.desc}」，机器人 ${args.robot}`,
  );
  if (stamp) {
    ctx.log(`构建：${stamp.builtAt}，云环境 ${stamp.cloudEnvId || '（未设置）'}，已通过 ${stamp.checks.join(', ')}`);
    for (const [name, value] of Object.entries(stamp.templates))
      ctx.log(`  ${name} = ${value || '（未设置：不请求这类订阅消息）'}`);
  }
  ctx.log(sizeTable(sizes));

  const problems = [
    ...[appidProblem(appid)].filter((p): p is string => p !== null),
    ...stampProblems(stampPaths),
    ...overBudget(sizes).map((s) => `${s.name} 超出体积预算`),
    ...(key && 'error' in key ? [key.error] : []),
  ];
  if (!key) {
    ctx.log('未提供上传密钥（WEAPP_PRIVATE_KEY 或 WEAPP_PRIVATE_KEY_PATH）：以上是将要上传的内容，没有上传。');
    for (const p of problems) ctx.log(`  上传前需要处理：${p}`);
    return problems.length > 0 ? 1 : 0;
  }
  if (problems.length > 0 || 'error' in key) {
    for (const p of problems) ctx.log(`✖ ${p}`);
    return 1;
  }

  const ci = (ctx.ci ?? realCi)();
  const project = projectOptions(appid, ctx.dist, key);
  const result = args.preview
    ? await ci.preview(project, {
        version: args.version,
        desc: args.desc,
        robot: args.robot,
        qrcodeOutputDest: args.qrcode,
      })
    : await ci.upload(project, { version: args.version, desc: args.desc, robot: args.robot });
  for (const p of result.subPackageInfo ?? []) ctx.log(`  微信统计：${p.name} ${(p.size / 1024).toFixed(1)} KB`);
  ctx.log(args.preview ? `✔ 预览二维码：${args.qrcode}` : '✔ 已上传：在小程序管理后台 → 版本管理 设为体验版或提交审核');
  return 0;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  uploadCommand({
    root,
    dist: path.join(root, 'dist', 'weapp'),
    argv: process.argv.slice(2),
    env: process.env,
    log: (l) => console.log(l),
  }).then(
    (code) => process.exit(code),
    (err: Error) => {
      console.error(`上传失败：${err.message}`);
      process.exit(1);
    },
  );
}
