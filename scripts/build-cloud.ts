/**
 * Bundles each cloud function with its share of the domain core into
 * dist/cloudfunctions/<name>/ (index.js + package.json), which is what CloudBase
 * deploys and what the local cloud loads with --functions dist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_TARGET, listCloudFunctions, wechatConfigJson } from '../cloud/function-configs';

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'cloud', 'functions');
export const DEFAULT_OUT_DIR = path.join(root, 'dist', 'cloudfunctions');
const sdkVersion = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
}).dependencies['wx-server-sdk'];

/** Builds every function into `outDir` (wiped first); tests pass a temporary folder. */
export async function buildCloudFunctions(outDir = DEFAULT_OUT_DIR): Promise<string[]> {
  if (!sdkVersion || !/^\d+\.\d+\.\d+$/.test(sdkVersion)) throw new Error('wx-server-sdk must be pinned to an exact version');
  // Reading the configs first also validates them: a bad config.json fails the build.
  const functions = listCloudFunctions(srcDir);
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const { name, config } of functions) {
    const dir = path.join(outDir, name);
    await build({
      entryPoints: [path.join(srcDir, name, 'index.ts')],
      outfile: path.join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: BUNDLE_TARGET, // matches CLOUD_RUNTIME, which the deploy sets explicitly
      format: 'cjs',
      external: ['wx-server-sdk'],
      legalComments: 'none',
      logLevel: 'warning',
    });
    const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': sdkVersion } };
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    // WeChat DevTools applies permissions.openapi from the folder it uploads: keep only what it reads.
    fs.writeFileSync(path.join(dir, 'config.json'), `${JSON.stringify(wechatConfigJson(config), null, 2)}\n`);
  }
  return functions.map((f) => f.name);
}

if (require.main === module) {
  buildCloudFunctions().then(
    (names) => console.log(`云函数已打包到 dist/cloudfunctions：${names.join(', ')}`),
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
