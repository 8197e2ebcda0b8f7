/**
 * The weapp build stamp (dist/weapp-build.json, outside dist/weapp so it is never uploaded):
 * written by `npm run build:weapp:release` after the checks pass, read by `npm run upload`,
 * which refuses a dist/weapp that is not exactly what was built and checked — a build without
 * CLOUD_ENV_ID, sources edited since, or dist/weapp rebuilt since (npm test's build, for one).
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentStamp } from '../deploy/code-stamp';

export const ROOT = path.resolve(__dirname, '..', '..');
export const WEAPP_DIR = path.join(ROOT, 'dist', 'weapp');
export const STAMP_FILE = path.join(ROOT, 'dist', 'weapp-build.json');

/** What the weapp is built from: a change to any of these means a new build. */
export const WEAPP_SOURCES = [
  'src',
  'contracts',
  'config',
  'babel.config.js',
  'tsconfig.json',
  'project.config.json',
  'package-lock.json',
];

export interface BuildStamp {
  builtAt: string;
  nodeEnv: string;
  cloudEnvId: string;
  /** Subscribe-message template ids compiled in (config/index.ts defineConstants). */
  templates: Record<string, string>;
  sources: string;
  dist: string;
  /** The checks that passed on this very build. */
  checks: string[];
}

export interface StampPaths {
  root: string;
  dist: string;
  stampFile: string;
}

export const defaultStampPaths: StampPaths = { root: ROOT, dist: WEAPP_DIR, stampFile: STAMP_FILE };

export const sourcesStamp = (root = ROOT): string => contentStamp(root, WEAPP_SOURCES);

/** The template-id constants the weapp compiles in: every process.env.*_TEMPLATE_ID in config/index.ts. */
export function weappTemplateNames(root = ROOT): string[] {
  const text = fs.readFileSync(path.join(root, 'config', 'index.ts'), 'utf8');
  return [...new Set([...text.matchAll(/process\.env\.([A-Z0-9_]+_TEMPLATE_ID)\b/g)].map((m) => m[1]!))].sort();
}

/** Their values as the build sees them ('' when unset: the app then never asks to subscribe). */
export const templateIds = (env: NodeJS.ProcessEnv, root = ROOT): Record<string, string> =>
  Object.fromEntries(weappTemplateNames(root).map((n) => [n, env[n] ?? '']));

export function writeStamp(
  stamp: Omit<BuildStamp, 'dist' | 'builtAt'>,
  paths: StampPaths = defaultStampPaths,
): BuildStamp {
  const full: BuildStamp = { builtAt: new Date().toISOString(), ...stamp, dist: contentStamp(paths.dist) };
  fs.writeFileSync(paths.stampFile, `${JSON.stringify(full, null, 2)}\n`);
  return full;
}

export function readStamp(paths: StampPaths = defaultStampPaths): BuildStamp | null {
  if (!fs.existsSync(paths.stampFile)) return null;
  return JSON.parse(fs.readFileSync(paths.stampFile, 'utf8')) as BuildStamp;
}

const REBUILD = '请运行 CLOUD_ENV_ID=<环境 ID> npm run build:weapp:release';

/** Why dist/weapp must not be uploaded; empty when it is exactly what the release build checked. */
export function stampProblems(paths: StampPaths = defaultStampPaths): string[] {
  if (!fs.existsSync(path.join(paths.dist, 'app.json')))
    return [`${path.relative(paths.root, paths.dist)} 不存在：${REBUILD}`];
  const stamp = readStamp(paths);
  if (!stamp)
    return [`没有构建记录（${path.relative(paths.root, paths.stampFile)}）：dist/weapp 不是发布构建，${REBUILD}`];
  const problems: string[] = [];
  if (stamp.nodeEnv !== 'production') problems.push(`构建时 NODE_ENV=${stamp.nodeEnv}，应为 production`);
  if (!stamp.cloudEnvId) problems.push('构建时没有设置 CLOUD_ENV_ID：小程序不知道要调用哪个云环境');
  if (stamp.sources !== sourcesStamp(paths.root)) problems.push(`源码（${WEAPP_SOURCES.join(', ')}）在构建之后改过`);
  if (stamp.dist !== contentStamp(paths.dist))
    problems.push('dist/weapp 在发布构建之后被改动或被重新构建（例如 npm test）');
  return problems.length > 0 ? [...problems, REBUILD] : [];
}
