/**
 * Each cloud function's config.json, read once for everyone: the deploy planner, the
 * cloudbaserc.json generator, the bundler (which copies the WeChat part next to the bundle)
 * and the local cloud (which validates them at start and lists the timer triggers).
 *
 * cloud/functions/<name>/config.json, all keys optional:
 *   permissions.openapi  the cloud calls the function makes (WeChat grants nothing else: -604101)
 *   triggers             timer triggers, WeChat's 7-field cron in UTC+8, at most one per function
 *   timeout, memorySize  deploy settings (seconds 1-60, MB)
 *   env                  names of environment variables the function reads (template ids…)
 * The function list comes from the folders (cloud/functions/<name>/index.ts), never from a list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** CloudBase runtime of every function; bundles are built for the same Node major. */
export const CLOUD_RUNTIME = 'Nodejs16.13';
export const BUNDLE_TARGET = 'node16';

export const DEFAULT_TIMEOUT_S = 20;
export const DEFAULT_MEMORY_MB = 256;

/** 秒 分 时 日 月 星期 年: WeChat's timer cron has 7 fields. */
const CRON = /^\S+( \S+){6}$/;

const timerTrigger = z.strictObject({
  name: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/, 'trigger name: a letter first, then letters, digits, _ or -, at most 60'),
  type: z.literal('timer'),
  config: z.string().regex(CRON, 'timer config: 7 cron fields, e.g. "0 0 9 * * * *"'),
});

const functionConfig = z.strictObject({
  $comment: z.string().optional(),
  permissions: z
    .strictObject({ openapi: z.array(z.string().regex(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/)).default([]) })
    .default({ openapi: [] }),
  // WeChat cloud allows one timer trigger per function.
  triggers: z.array(timerTrigger).max(1, 'WeChat cloud allows one timer trigger per function').default([]),
  timeout: z.number().int().min(1).max(60).default(DEFAULT_TIMEOUT_S),
  memorySize: z
    .union([z.literal(128), z.literal(256), z.literal(512), z.literal(1024), z.literal(2048)])
    .default(DEFAULT_MEMORY_MB),
  env: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)).default([]),
});

export type TimerTrigger = z.infer<typeof timerTrigger>;
export type FunctionConfig = z.infer<typeof functionConfig>;

export interface CloudFunctionSource {
  name: string;
  /** Folder holding index.ts (sources) or index.js (bundles). */
  dir: string;
  config: FunctionConfig;
}

export class FunctionConfigError extends Error {}

/** Parses one config.json's text; throws FunctionConfigError naming the file and the field. */
export function parseFunctionConfig(text: string, file: string): FunctionConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new FunctionConfigError(`${file}: 不是合法的 JSON（${(err as Error).message}）`);
  }
  const res = functionConfig.safeParse(raw);
  if (!res.success) {
    const issues = res.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new FunctionConfigError(`${file}: ${issues}`);
  }
  const names = new Set(res.data.permissions.openapi);
  if (names.size !== res.data.permissions.openapi.length)
    throw new FunctionConfigError(`${file}: permissions.openapi 有重复项`);
  return res.data;
}

export function readFunctionConfig(dir: string): FunctionConfig {
  const file = path.join(dir, 'config.json');
  return parseFunctionConfig(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '{}', file);
}

/** Every function folder under `functionsDir` (one with index.ts or index.js), sorted by name. */
export function listCloudFunctions(functionsDir: string): CloudFunctionSource[] {
  if (!fs.existsSync(functionsDir)) return [];
  return fs
    .readdirSync(functionsDir, { withFileTypes: true })
    .filter(
      (e) => e.isDirectory() && ['index.ts', 'index.js'].some((f) => fs.existsSync(path.join(functionsDir, e.name, f))),
    )
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = path.join(functionsDir, name);
      return { name, dir, config: readFunctionConfig(dir) };
    });
}

/** The part of config.json WeChat itself reads (DevTools upload): permissions and triggers only. */
export function wechatConfigJson(config: FunctionConfig): {
  permissions: { openapi: string[] };
  triggers: TimerTrigger[];
} {
  return {
    permissions: { openapi: [...config.permissions.openapi] },
    triggers: config.triggers.map((t) => ({ ...t })),
  };
}
