/**
 * Compares what the project declares with what the environment has (read through CloudClient)
 * and returns the steps that bring the environment in line. It only adds and updates: indexes
 * that differ, runtimes that differ and anything undeclared are reported, never dropped.
 * Run against the state a previous run produced, it returns no steps.
 */
import { stampDescription, stampOf } from './code-stamp';
import type {
  CloudClient,
  DesiredState,
  Finding,
  FunctionDecl,
  FunctionSettings,
  IndexDecl,
  Plan,
  RemoteFunction,
  RemoteIndex,
  Step,
  StorageRule,
} from './types';

/** CloudBase's own index on _id: always there, never declared. */
const BUILTIN_INDEX = '_id_';

export const indexAsRemote = (i: IndexDecl): RemoteIndex => ({
  name: i.name,
  keys: i.fields.map(([name, dir]) => ({ name, direction: String(dir) })),
  unique: i.unique,
});

const sameIndex = (a: RemoteIndex, b: RemoteIndex): boolean =>
  a.unique === b.unique &&
  a.keys.length === b.keys.length &&
  a.keys.every((k, i) => k.name === b.keys[i]?.name && k.direction === b.keys[i]?.direction);

const sameRule = (a: StorageRule, b: StorageRule | null): boolean =>
  b !== null && a.read === b.read && a.write === b.write;

const sameEnv = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

const normCron = (s: string): string => s.trim().replace(/\s+/g, ' ');

async function planCollections(
  desired: DesiredState,
  client: CloudClient,
  steps: Step[],
  findings: Finding[],
): Promise<void> {
  const existing = new Set(await client.listCollections());
  for (const { name, indexes } of desired.collections) {
    const exists = existing.has(name);
    if (!exists) steps.push({ kind: 'createCollection', collection: name });
    const remote = exists ? await client.describeIndexes(name) : [];
    for (const index of indexes) {
      const online = remote.find((r) => r.name === index.name);
      const declared = indexAsRemote(index);
      if (!online) steps.push({ kind: 'createIndex', collection: name, index });
      // Re-creating an index drops it first: a person decides when to rebuild one.
      else if (!sameIndex(declared, online))
        findings.push({ kind: 'indexDiffers', collection: name, index: index.name, declared, remote: online });
    }
    for (const r of remote) {
      if (r.name !== BUILTIN_INDEX && !indexes.some((i) => i.name === r.name))
        findings.push({ kind: 'undeclaredIndex', collection: name, index: r.name });
    }
    const acl = exists ? await client.getCollectionAcl(name) : null;
    if (acl !== desired.collectionAcl)
      steps.push({ kind: 'setCollectionAcl', collection: name, acl: desired.collectionAcl, was: acl });
  }
  for (const name of [...existing].sort()) {
    if (!desired.collections.some((c) => c.name === name))
      findings.push({ kind: 'undeclaredCollection', collection: name });
  }
}

async function planStorage(desired: DesiredState, client: CloudClient, steps: Step[]): Promise<void> {
  const was = await client.getStorageRule();
  if (was.acl !== 'CUSTOM' || !sameRule(desired.storageRule, was.rule))
    steps.push({ kind: 'setStorageRule', rule: desired.storageRule, was });
}

/**
 * The variables to send. CloudBase replaces the whole set, so every declared one is sent: the
 * value from this shell when set (empty means "remove"), else the value online is kept.
 */
function resolveEnv(
  f: FunctionDecl,
  remote: RemoteFunction | null,
  localEnv: NodeJS.ProcessEnv,
  findings: Finding[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of f.env) {
    const local = localEnv[v];
    const online = remote?.env[v];
    if (local !== undefined) {
      if (local !== '') out[v] = local;
      else if (online !== undefined) findings.push({ kind: 'envDropped', function: f.name, variable: v });
    } else if (online !== undefined) {
      out[v] = online;
      findings.push({ kind: 'envKeptFromRemote', function: f.name, variable: v });
    } else {
      findings.push({ kind: 'envMissing', function: f.name, variable: v });
    }
  }
  for (const v of Object.keys(remote?.env ?? {}).sort()) {
    if (!f.env.includes(v)) findings.push({ kind: 'envDropped', function: f.name, variable: v });
  }
  return out;
}

function planTriggers(f: FunctionDecl, remote: RemoteFunction, steps: Step[]): void {
  const timers = remote.triggers.filter((t) => t.type === 'timer');
  // Deletes first: WeChat cloud allows one timer trigger per function.
  for (const t of timers) {
    const declared = f.triggers.find((d) => d.name === t.name);
    if (!declared || normCron(declared.config) !== normCron(t.config))
      steps.push({ kind: 'deleteTrigger', functionName: f.name, triggerName: t.name });
  }
  for (const d of f.triggers) {
    const online = timers.find((t) => t.name === d.name);
    if (!online || normCron(online.config) !== normCron(d.config))
      steps.push({ kind: 'createTrigger', functionName: f.name, trigger: d });
  }
}

async function planFunctions(
  desired: DesiredState,
  client: CloudClient,
  localEnv: NodeJS.ProcessEnv,
  steps: Step[],
  findings: Finding[],
): Promise<void> {
  for (const f of desired.functions) {
    const remote = await client.getFunction(f.name);
    const settings: FunctionSettings = {
      name: f.name,
      runtime: f.runtime,
      timeout: f.timeout,
      memorySize: f.memorySize,
      description: stampDescription(f.codeStamp),
      envVariables: resolveEnv(f, remote, localEnv, findings),
    };
    if (!remote) {
      steps.push({ kind: 'createFunction', settings, dir: f.dir, triggers: f.triggers });
      continue;
    }
    // Runtime is fixed when a function is created (SCF); changing it means deleting the function.
    if (remote.runtime !== f.runtime)
      findings.push({ kind: 'runtimeDiffers', function: f.name, declared: f.runtime, remote: remote.runtime });
    if (remote.status !== 'Active')
      findings.push({ kind: 'functionNotActive', function: f.name, status: remote.status });
    // An empty set is not sent at all (manager-node skips it), so stale variables stay: reported above.
    const envChanged = Object.keys(settings.envVariables).length > 0 && !sameEnv(settings.envVariables, remote.env);
    const changed = [
      ...(remote.timeout !== f.timeout ? ['timeout'] : []),
      ...(remote.memorySize !== f.memorySize ? ['memorySize'] : []),
      ...(envChanged ? ['envVariables'] : []),
    ];
    if (stampOf(remote.description) !== f.codeStamp)
      steps.push({ kind: 'updateFunctionCode', name: f.name, dir: f.dir, settings });
    else if (changed.length > 0) steps.push({ kind: 'updateFunctionConfig', settings, changed });
    planTriggers(f, remote, steps);
  }
  for (const name of (await client.listFunctions()).sort()) {
    if (!desired.functions.some((f) => f.name === name)) findings.push({ kind: 'undeclaredFunction', function: name });
  }
}

/** Plans a deploy: collections and indexes, their permissions, the storage rule, then the functions. */
export async function planDeploy(
  desired: DesiredState,
  client: CloudClient,
  localEnv: NodeJS.ProcessEnv,
  against: Plan['against'] = 'remote',
): Promise<Plan> {
  const steps: Step[] = [];
  const findings: Finding[] = [];
  await planCollections(desired, client, steps, findings);
  await planStorage(desired, client, steps);
  await planFunctions(desired, client, localEnv, steps, findings);
  return { envId: desired.envId, against, steps, findings };
}
