/**
 * An in-memory CloudBase environment behind the deploy's CloudClient. It records every write,
 * and behaves like the real one where it matters to the planner: creating an existing index
 * drops and rebuilds it (recorded in `rebuilt`), envVariables replace the whole set (an empty set
 * is not sent), a function allows one timer trigger, and the runtime is fixed at creation.
 */
import type { TimerTrigger } from '../../../cloud/function-configs';
import type {
  AclTag,
  CloudClient,
  FunctionSettings,
  IndexDecl,
  RemoteFunction,
  RemoteIndex,
  StorageRule,
} from '../../../scripts/deploy/types';

export class FakeCloud implements CloudClient {
  /** Every write, in order: `createIndex users.branch`, … */
  readonly calls: string[] = [];
  /** Indexes dropped and rebuilt because they were created while they existed. */
  readonly rebuilt: string[] = [];
  readonly collections = new Map<string, { indexes: RemoteIndex[]; acl: AclTag | null }>();
  storage: { acl: AclTag | null; rule: StorageRule | null } = { acl: 'PRIVATE', rule: null };
  readonly functions = new Map<string, RemoteFunction & { codeDir: string; codeUploads: number }>();

  private record(call: string): void {
    this.calls.push(call);
  }

  private fn(name: string) {
    const f = this.functions.get(name);
    if (!f) throw Object.assign(new Error(`ResourceNotFound.Function: ${name}`), { code: 'ResourceNotFound.Function' });
    return f;
  }

  async listCollections() {
    return [...this.collections.keys()];
  }
  async createCollection(name: string) {
    this.record(`createCollection ${name}`);
    if (!this.collections.has(name))
      this.collections.set(name, {
        indexes: [{ name: '_id_', keys: [{ name: '_id', direction: '1' }], unique: true }],
        acl: 'PRIVATE',
      });
  }
  async describeIndexes(collection: string) {
    return structuredClone(this.collections.get(collection)?.indexes ?? []);
  }
  async indexExists(collection: string, indexName: string) {
    return (this.collections.get(collection)?.indexes ?? []).some((i) => i.name === indexName);
  }
  async createIndex(collection: string, index: IndexDecl) {
    this.record(`createIndex ${collection}.${index.name}`);
    const coll = this.collections.get(collection);
    if (!coll) throw new Error(`collection ${collection} does not exist`);
    if (coll.indexes.some((i) => i.name === index.name)) this.rebuilt.push(`${collection}.${index.name}`);
    coll.indexes = coll.indexes.filter((i) => i.name !== index.name);
    coll.indexes.push({
      name: index.name,
      keys: index.fields.map(([name, d]) => ({ name, direction: String(d) })),
      unique: index.unique,
    });
  }
  async getCollectionAcl(collection: string) {
    return this.collections.get(collection)?.acl ?? null;
  }
  async setCollectionAcl(collection: string, acl: AclTag) {
    this.record(`setCollectionAcl ${collection} ${acl}`);
    const coll = this.collections.get(collection);
    if (!coll) throw new Error(`collection ${collection} does not exist`);
    coll.acl = acl;
  }
  async getStorageRule() {
    return structuredClone(this.storage);
  }
  async setStorageRule(rule: StorageRule) {
    this.record('setStorageRule');
    this.storage = { acl: 'CUSTOM', rule: { ...rule } };
  }
  async listFunctions() {
    return [...this.functions.keys()];
  }
  async getFunction(name: string): Promise<RemoteFunction | null> {
    const f = this.functions.get(name);
    if (!f) return null;
    const { codeDir: _dir, codeUploads: _n, ...remote } = structuredClone(f);
    return remote;
  }
  async createFunction(s: FunctionSettings, dir: string, triggers: TimerTrigger[]) {
    this.record(`createFunction ${s.name}`);
    if (this.functions.has(s.name)) throw new Error(`ResourceInUse.Function: ${s.name}`);
    if (triggers.length > 1) throw new Error('one timer trigger per function');
    this.functions.set(s.name, {
      name: s.name,
      runtime: s.runtime,
      timeout: s.timeout,
      memorySize: s.memorySize,
      description: s.description,
      env: { ...s.envVariables },
      triggers: triggers.map((t) => ({ ...t })),
      status: 'Active',
      codeDir: dir,
      codeUploads: 1,
    });
  }
  async updateFunctionCode(name: string, dir: string) {
    this.record(`updateFunctionCode ${name}`);
    const f = this.fn(name);
    f.codeDir = dir;
    f.codeUploads += 1;
  }
  async updateFunctionConfig(s: FunctionSettings) {
    this.record(`updateFunctionConfig ${s.name}`);
    const f = this.fn(s.name);
    Object.assign(f, { timeout: s.timeout, memorySize: s.memorySize, description: s.description });
    // As manager-node: the set replaces the online one, and an empty set is not sent.
    if (Object.keys(s.envVariables).length > 0) f.env = { ...s.envVariables };
  }
  async createTrigger(functionName: string, trigger: TimerTrigger) {
    this.record(`createTrigger ${functionName}.${trigger.name}`);
    const f = this.fn(functionName);
    if (f.triggers.some((t) => t.type === 'timer')) throw new Error('one timer trigger per function');
    f.triggers.push({ ...trigger });
  }
  async deleteTrigger(functionName: string, triggerName: string) {
    this.record(`deleteTrigger ${functionName}.${triggerName}`);
    const f = this.fn(functionName);
    f.triggers = f.triggers.filter((t) => t.name !== triggerName);
  }
}
