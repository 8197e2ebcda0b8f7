/**
 * What the project declares, read from its files: collections and indexes from
 * cloud/database/indexes.json, the storage rule from cloud/database/storage-rule.json, and the
 * functions from the built bundles (dist/cloudfunctions/<name>/) with their config.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CLOUD_RUNTIME, listCloudFunctions } from '../../cloud/function-configs';
import { loadIndexSpecs } from '../../cloud/local/indexes';
import { codeStamp } from './code-stamp';
import { undeclaredOpenapi } from './openapi-scan';
import type { DesiredState, FunctionDecl, StorageRule } from './types';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface ProjectPaths {
  /** cloud/functions: where the function list and config.json come from. */
  functionsSrc: string;
  /** dist/cloudfunctions: the bundles that deploy. */
  functionsDist: string;
  indexesFile: string;
  storageRuleFile: string;
}

export const projectPaths = (root = ROOT, functionsDist = path.join(root, 'dist', 'cloudfunctions')): ProjectPaths => ({
  functionsSrc: path.join(root, 'cloud', 'functions'),
  functionsDist,
  indexesFile: path.join(root, 'cloud', 'database', 'indexes.json'),
  storageRuleFile: path.join(root, 'cloud', 'database', 'storage-rule.json'),
});

export class ProjectError extends Error {}

function readStorageRule(file: string): StorageRule {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const ok = (v: unknown): v is string | boolean => typeof v === 'string' || typeof v === 'boolean';
  if (!ok(raw['read']) || !ok(raw['write']))
    throw new ProjectError(`${file}: 需要 read 和 write（字符串表达式或布尔值）`);
  return { read: raw['read'], write: raw['write'] };
}

function functionDecls(paths: ProjectPaths): FunctionDecl[] {
  return listCloudFunctions(paths.functionsSrc).map(({ name, config }) => {
    const dir = path.join(paths.functionsDist, name);
    const bundle = path.join(dir, 'index.js');
    if (!fs.existsSync(bundle)) throw new ProjectError(`${bundle} 不存在：先运行 npm run build:cloud`);
    // A function that calls a cloud API its config.json does not declare fails online with -604101.
    const missing = undeclaredOpenapi(fs.readFileSync(bundle, 'utf8'), config.permissions.openapi);
    if (missing.length > 0) {
      throw new ProjectError(
        `云函数 ${name} 调用了 ${missing.join(', ')}，但 cloud/functions/${name}/config.json 的 permissions.openapi 没有声明`,
      );
    }
    return {
      name,
      dir,
      codeStamp: codeStamp(dir),
      runtime: CLOUD_RUNTIME,
      timeout: config.timeout,
      memorySize: config.memorySize,
      env: [...config.env].sort(),
      triggers: config.triggers,
      openapi: config.permissions.openapi,
    };
  });
}

export function readDesiredState(envId: string, paths: ProjectPaths = projectPaths()): DesiredState {
  const indexes = loadIndexSpecs(paths.indexesFile);
  return {
    envId,
    collections: Object.entries(indexes)
      .map(([name, specs]) => ({
        name,
        indexes: specs.map((s) => ({ name: s.name, fields: s.fields, unique: s.unique === true })),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    collectionAcl: 'ADMINONLY',
    storageRule: readStorageRule(paths.storageRuleFile),
    functions: functionDecls(paths),
  };
}
