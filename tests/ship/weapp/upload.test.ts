// npm run upload uploads only what the release build made and checked, with a real appid and a
// key from the environment; a recording fake stands in for miniprogram-ci (no network here).
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sourcesStamp, stampProblems, writeStamp, type StampPaths } from '../../../scripts/weapp/build-stamp';
import type { CiApi, CiProjectOptions, CiUploadOptions } from '../../../scripts/upload/ci';
import { uploadCommand } from '../../../scripts/upload/cli';

const APPID = 'wx0123456789abcdef';
const PEM = '-----BEGIN RSA PRIVATE KEY-----\\nMIIEfake\\n-----END RSA PRIVATE KEY-----';

/** A small project: project.config.json, sources, and a built dist/weapp with one subpackage. */
function project(appid = APPID): StampPaths {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'redsail-upload-'));
  const dist = path.join(root, 'dist', 'weapp');
  fs.mkdirSync(path.join(root, 'src'), { recursive: true });
  fs.mkdirSync(path.join(dist, 'packages', 'admin'), { recursive: true });
  fs.writeFileSync(path.join(root, 'project.config.json'), JSON.stringify({ appid, miniprogramRoot: 'dist/weapp/' }));
  fs.writeFileSync(path.join(root, 'src', 'app.ts'), 'export {};\n');
  fs.writeFileSync(
    path.join(dist, 'app.json'),
    JSON.stringify({ pages: ['pages/home/index'], subPackages: [{ root: 'packages/admin', pages: [] }] }),
  );
  fs.writeFileSync(path.join(dist, 'app.js'), 'App({});\n');
  fs.writeFileSync(path.join(dist, 'packages', 'admin', 'index.js'), 'Page({});\n');
  return { root, dist, stampFile: path.join(root, 'dist', 'weapp-build.json') };
}

function releaseBuilt(p: StampPaths, cloudEnvId = 'prod-1a2b'): void {
  writeStamp(
    {
      nodeEnv: 'production',
      cloudEnvId,
      templates: { POINTS_RESULT_TEMPLATE_ID: 'tmpl' },
      sources: sourcesStamp(p.root),
      checks: ['wcc/wcsc', 'size budget'],
    },
    p,
  );
}

class RecordingCi implements CiApi {
  readonly sent: Array<{ kind: 'upload' | 'preview'; project: CiProjectOptions; options: CiUploadOptions }> = [];
  async upload(project: CiProjectOptions, options: CiUploadOptions) {
    this.sent.push({ kind: 'upload', project, options });
    return { subPackageInfo: [{ name: '__FULL__', size: 2048 }] };
  }
  async preview(project: CiProjectOptions, options: CiUploadOptions) {
    this.sent.push({ kind: 'preview', project, options });
    return {};
  }
}

describe('build stamp', () => {
  it('refuses a dist/weapp without a release build, built without CLOUD_ENV_ID, or changed since', () => {
    const p = project();
    assert.match(stampProblems(p).join('\n'), /没有构建记录/);
    releaseBuilt(p, '');
    assert.match(stampProblems(p).join('\n'), /CLOUD_ENV_ID/);
    releaseBuilt(p);
    assert.deepEqual(stampProblems(p), []);
    fs.writeFileSync(path.join(p.root, 'src', 'app.ts'), 'export const changed = 1;\n');
    assert.match(stampProblems(p).join('\n'), /源码.*改过/);
    releaseBuilt(p);
    fs.writeFileSync(path.join(p.dist, 'app.js'), 'App({ rebuilt: true });\n');
    assert.match(stampProblems(p).join('\n'), /dist\/weapp 在发布构建之后/);
  });
});

describe('npm run upload', () => {
  let lines: string[];
  const log = (l: string) => lines.push(l);
  beforeEach(() => {
    lines = [];
  });
  const run = (p: StampPaths, argv: string[], env: NodeJS.ProcessEnv, ci = new RecordingCi()) =>
    uploadCommand({ root: p.root, dist: p.dist, argv, env, log, ci: () => ci }).then((code) => ({ code, ci }));

  it('uploads the checked build with the key from WEAPP_PRIVATE_KEY (escaped newlines restored)', async () => {
    const p = project();
    releaseBuilt(p);
    const { code, ci } = await run(p, ['--version', '1.2.0', '--desc', '积分与志愿'], { WEAPP_PRIVATE_KEY: PEM });
    assert.equal(code, 0, lines.join('\n'));
    assert.equal(ci.sent.length, 1);
    const [sent] = ci.sent;
    assert.equal(sent?.kind, 'upload');
    assert.deepEqual(sent?.project, {
      appid: APPID,
      type: 'miniProgram',
      projectPath: p.dist,
      ignores: ['node_modules/**/*'],
      privateKey: PEM.replace(/\\n/g, '\n'),
    });
    assert.deepEqual(sent?.options, { version: '1.2.0', desc: '积分与志愿', robot: 1 });
    assert.ok(lines.some((l) => /微信统计：__FULL__ 2\.0 KB/.test(l)));
  });

  it('--preview writes the QR image where asked, with a key file', async () => {
    const p = project();
    releaseBuilt(p);
    const keyFile = path.join(p.root, 'private.key');
    fs.writeFileSync(keyFile, PEM);
    const qr = path.join(p.root, 'qr.jpg');
    const { code, ci } = await run(p, ['--version', '1.2.0', '--desc', 'd', '--preview', '--qrcode', qr], {
      WEAPP_PRIVATE_KEY_PATH: keyFile,
    });
    assert.equal(code, 0, lines.join('\n'));
    assert.equal(ci.sent[0]?.kind, 'preview');
    assert.equal(ci.sent[0]?.project.privateKeyPath, keyFile);
    assert.equal(ci.sent[0]?.options.qrcodeOutputDest, qr);
  });

  it('refuses touristappid with a clear message and never calls miniprogram-ci', async () => {
    const p = project('touristappid');
    releaseBuilt(p);
    const { code, ci } = await run(p, ['--version', '1.0.0', '--desc', 'd'], { WEAPP_PRIVATE_KEY: PEM });
    assert.equal(code, 1);
    assert.equal(ci.sent.length, 0);
    assert.ok(lines.some((l) => /touristappid/.test(l) && /AppID/.test(l)));
  });

  it('refuses a dist/weapp rebuilt after the release build', async () => {
    const p = project();
    releaseBuilt(p);
    fs.writeFileSync(path.join(p.dist, 'app.js'), 'App({ test: true });\n');
    const { code, ci } = await run(p, ['--version', '1.0.0', '--desc', 'd'], { WEAPP_PRIVATE_KEY: PEM });
    assert.equal(code, 1);
    assert.equal(ci.sent.length, 0);
  });

  it('without a key prints what it would upload and the package sizes, and uploads nothing', async () => {
    const p = project();
    releaseBuilt(p);
    const { code, ci } = await run(p, ['--version', '1.0.0', '--desc', 'd'], {});
    assert.equal(code, 0);
    assert.equal(ci.sent.length, 0);
    const out = lines.join('\n');
    assert.match(out, /appid wx0123456789abcdef，版本 1\.0\.0/);
    assert.match(out, /云环境 prod-1a2b/);
    assert.match(out, /^main\s+\d+/m);
    assert.match(out, /^packages\/admin\s+\d+/m);
    assert.match(out, /没有上传/);
  });

  it('says what is missing from the command line', async () => {
    const p = project();
    assert.equal((await run(p, [], {})).code, 2);
    assert.match(lines.join('\n'), /缺少 --version、--desc/);
  });
});
