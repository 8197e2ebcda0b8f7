/**
 * Package sizes of a built mini-program, counted the way WeChat splits them: a subpackage is
 * every file under its `root` (app.json subPackages), the main package is every other file.
 * Only files an upload carries count: the extensions in miniprogram-ci's own allow-list (its
 * offline copy; .map and .LICENSE.txt are left behind). WeChat measures after its own compile
 * (WXML/WXSS become JS), so the sizes the upload reports differ a little: `npm run upload` prints
 * those too. WeChat's hard limits are 2 MB per package; our budgets are tighter.
 */
import fs from 'node:fs';
import path from 'node:path';

export const KB = 1024;
export const MAIN_BUDGET = 600 * KB;
export const SUBPACKAGE_BUDGET = 500 * KB;
export const WECHAT_LIMIT = 2048 * KB;

export interface PackageSize {
  /** 'main' or the subpackage root, e.g. 'packages/points'. */
  name: string;
  bytes: number;
  files: number;
  budget: number;
}

function uploadedExtensions(): Set<string> {
  const list = (require('miniprogram-ci/dist/utils/white_ext_list') as { MiniProgramWhiteList: string[] })
    .MiniProgramWhiteList;
  return new Set(list);
}

function subpackageRoots(dir: string): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>;
    subpackages?: Array<{ root: string }>;
  };
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((p) => p.root.replace(/^\/+|\/+$/g, ''));
}

export function packageSizes(dir: string): PackageSize[] {
  const roots = subpackageRoots(dir);
  const extensions = uploadedExtensions();
  const sizes = new Map<string, PackageSize>([['main', { name: 'main', bytes: 0, files: 0, budget: MAIN_BUDGET }]]);
  for (const root of roots) sizes.set(root, { name: root, bytes: 0, files: 0, budget: SUBPACKAGE_BUDGET });
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, rel);
    if (!extensions.has(path.extname(rel)) || !fs.statSync(file).isFile()) continue;
    const posix = rel.split(path.sep).join('/');
    const owner = roots.find((r) => posix.startsWith(`${r}/`)) ?? 'main';
    const entry = sizes.get(owner)!;
    entry.bytes += fs.statSync(file).size;
    entry.files += 1;
  }
  return [...sizes.values()];
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

export function sizeTable(sizes: PackageSize[]): string {
  const rows = sizes.map((s) => [
    s.name,
    String(s.files),
    kb(s.bytes),
    kb(s.budget),
    s.bytes <= s.budget ? 'ok' : 'OVER',
  ]);
  const head = ['package', 'files', 'size', 'budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const total = sizes.reduce((n, s) => n + s.bytes, 0);
  return [line(head), ...rows.map(line), `total ${kb(total)} (WeChat: 2 MB per package, 20 MB in all)`].join('\n');
}

export const overBudget = (sizes: PackageSize[]): PackageSize[] => sizes.filter((s) => s.bytes > s.budget);
