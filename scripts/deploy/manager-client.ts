/**
 * CloudClient over @cloudbase/manager-node 5.6.5 (API checked in node_modules, not from notes:
 * e.g. its default runtime is now Nodejs20.19, so the runtime is always sent explicitly).
 * Collection permissions go through the TCB API actions DescribeDatabaseACL / ModifyDatabaseACL,
 * which manager-node does not wrap. Everything here needs a real environment to verify.
 */
import path from 'node:path';
import CloudBase from '@cloudbase/manager-node';
import type { TimerTrigger } from '../../cloud/function-configs';
import type {
  AclTag,
  CloudClient,
  FunctionSettings,
  IndexDecl,
  RemoteFunction,
  RemoteIndex,
  RemoteTrigger,
  StorageRule,
} from './types';

export interface ManagerCredentials {
  secretId: string;
  secretKey: string;
  /** Temporary keys (STS) come with a token. */
  token?: string;
  envId: string;
}

const PAGE = 100;
const ACLS: readonly string[] = ['READONLY', 'PRIVATE', 'ADMINWRITE', 'ADMINONLY', 'CUSTOM'];
const asAcl = (v: unknown): AclTag | null => (typeof v === 'string' && ACLS.includes(v) ? (v as AclTag) : null);

/** SCF reports a timer's cron either bare or as {"cron": "..."}. */
function cronOf(desc: string): string {
  try {
    const parsed = JSON.parse(desc) as { cron?: unknown };
    if (typeof parsed.cron === 'string') return parsed.cron;
  } catch {
    // bare cron expression
  }
  return desc;
}

const isNotFound = (err: unknown): boolean => {
  const e = err as { code?: string; message?: string };
  return (e.code ?? '').startsWith('ResourceNotFound') || /ResourceNotFound/.test(e.message ?? '');
};

/** Fields every code upload needs: dependencies (wx-server-sdk) are installed cloud-side. */
const codeFields = (name: string) => ({
  name,
  handler: 'index.main',
  installDependency: true,
  ignore: ['node_modules', 'node_modules/**/*'],
});

export function managerClient(creds: ManagerCredentials): CloudClient {
  const app = new CloudBase({
    secretId: creds.secretId,
    secretKey: creds.secretKey,
    token: creds.token,
    envId: creds.envId,
  });
  const tcb = app.commonService('tcb');

  return {
    async listCollections() {
      const names: string[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const res = await app.database.listCollections({ MgoLimit: PAGE, MgoOffset: offset });
        names.push(...res.Collections.map((c) => c.CollectionName));
        if (res.Collections.length < PAGE || names.length >= res.Pager.Total) return names;
      }
    },
    async createCollection(name) {
      await app.database.createCollectionIfNotExists(name);
    },
    async describeIndexes(collection): Promise<RemoteIndex[]> {
      const res = await app.database.describeCollection(collection);
      return (res.Indexes ?? []).map((i) => ({
        name: i.Name,
        keys: (i.Keys ?? []).map((k) => ({ name: k.Name ?? '', direction: String(k.Direction ?? '') })),
        unique: i.Unique === true,
      }));
    },
    async indexExists(collection, indexName) {
      return (await app.database.checkIndexExists(collection, indexName)).Exists;
    },
    async createIndex(collection, index: IndexDecl) {
      // One index per call: a call with several can half fail.
      await app.database.updateCollection(collection, {
        CreateIndexes: [
          {
            IndexName: index.name,
            MgoKeySchema: {
              MgoIsUnique: index.unique,
              MgoIndexKeys: index.fields.map(([name, dir]) => ({ Name: name, Direction: String(dir) })),
            },
          },
        ],
      });
    },
    async getCollectionAcl(collection) {
      const res = (await tcb.call({
        Action: 'DescribeDatabaseACL',
        Param: { CollectionName: collection, EnvId: creds.envId },
      })) as { AclTag?: unknown };
      return asAcl(res.AclTag);
    },
    async setCollectionAcl(collection, acl) {
      await tcb.call({
        Action: 'ModifyDatabaseACL',
        Param: { CollectionName: collection, EnvId: creds.envId, AclTag: acl },
      });
    },
    async getStorageRule() {
      const res = await app.storage.getStorageAcl({ withRule: true });
      const rule: StorageRule | null = res.rule ? { read: res.rule.read, write: res.rule.write } : null;
      return { acl: asAcl(res.acl), rule };
    },
    async setStorageRule(rule) {
      await app.storage.setStorageAcl('CUSTOM', rule);
    },
    async listFunctions() {
      const names: string[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await app.functions.listFunctions(PAGE, offset);
        names.push(...page.map((f) => f['FunctionName'] ?? '').filter(Boolean));
        if (page.length < PAGE) return names;
      }
    },
    async getFunction(name): Promise<RemoteFunction | null> {
      try {
        const d = await app.functions.getFunctionDetail(name);
        const triggers: RemoteTrigger[] = (d.Triggers ?? []).map((t) => ({
          name: t.TriggerName,
          type: t.Type,
          config: cronOf(t.TriggerDesc ?? ''),
        }));
        return {
          name,
          runtime: d.Runtime,
          timeout: d.Timeout,
          memorySize: d.MemorySize,
          description: d.Description ?? '',
          env: Object.fromEntries((d.Environment?.Variables ?? []).map((v) => [v.Key, v.Value])),
          triggers,
          status: d.Status,
        };
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },
    async createFunction(s: FunctionSettings, dir: string, triggers: TimerTrigger[]) {
      await app.functions.createFunction({
        func: {
          ...codeFields(s.name),
          runtime: s.runtime,
          timeout: s.timeout,
          memorySize: s.memorySize,
          description: s.description,
          envVariables: s.envVariables,
          triggers,
        },
        functionRootPath: path.dirname(dir),
        force: false,
      });
    },
    async updateFunctionCode(name, dir) {
      await app.functions.updateFunctionCode({
        func: { ...codeFields(name), isWaitInstall: true },
        functionRootPath: path.dirname(dir),
      });
    },
    async updateFunctionConfig(s) {
      // No `triggers` here: manager-node would create them as a side effect; triggers are steps of their own.
      await app.functions.updateFunctionConfig({
        name: s.name,
        timeout: s.timeout,
        memorySize: s.memorySize,
        description: s.description,
        envVariables: s.envVariables,
      });
      await app.functions.waitFunctionActive(s.name);
    },
    async createTrigger(functionName, trigger) {
      await app.functions.createFunctionTriggers(functionName, [trigger]);
    },
    async deleteTrigger(functionName, triggerName) {
      await app.functions.deleteFunctionTrigger(functionName, triggerName);
    },
  };
}
