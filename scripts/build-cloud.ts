/**
 * Bundles each cloud function with its share of the domain core into
 * dist/cloudfunctions/<name>/ (index.js + package.json), which is what CloudBase
 * deploys and what the local cloud loads with --functions dist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'cloud', 'functions');
const outDir = path.join(root, 'dist', 'cloudfunctions');
const sdkVersion = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
}).dependencies['wx-server-sdk'];

export async function buildCloudFunctions(): Promise<string[]> {
  if (!sdkVersion || !/^\d+\.\d+\.\d+$/.test(sdkVersion)) throw new Error('wx-server-sdk must be pinned to an exact version');
  fs.rmSync(outDir, { recursive: true, force: true });
  const names = fs.readdirSync(srcDir).filter((n) => fs.existsSync(path.join(srcDir, n, 'index.ts')));
  for (const name of names) {
    const dir = path.join(outDir, name);
    await build({
      entryPoints: [path.join(srcDir, name, 'index.ts')],
      outfile: path.join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16', // CloudBase's Node.js 16 runtime
      format: 'cjs',
      external: ['wx-server-sdk'],
      legalComments: 'none',
      logLevel: 'warning',
    });
    const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': sdkVersion } };
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  }
  return names;
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
