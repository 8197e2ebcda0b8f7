/**
 * The deploy's vocabulary: what the project declares (DesiredState), what the environment has
 * (read through CloudClient), and the plan between them (steps to run, findings to report).
 */
import type { TimerTrigger } from '../../cloud/function-configs';

export type IndexDirection = 1 | -1;

export interface IndexDecl {
  name: string;
  fields: Array<[string, IndexDirection]>;
  unique: boolean;
}

/** CloudBase's simple permission tags; every collection here is ADMINONLY (access only via functions). */
export type AclTag = 'READONLY' | 'PRIVATE' | 'ADMINWRITE' | 'ADMINONLY' | 'CUSTOM';

export interface StorageRule {
  read: string | boolean;
  write: string | boolean;
}

export interface FunctionDecl {
  name: string;
  /** dist/cloudfunctions/<name>: the bundle that deploys. */
  dir: string;
  /** Stamp of the bundle's content, kept in the function's description to tell whether code changed. */
  codeStamp: string;
  runtime: string;
  timeout: number;
  memorySize: number;
  /** Names of the environment variables the function reads (config.json `env`). */
  env: string[];
  triggers: TimerTrigger[];
  openapi: string[];
}

export interface DesiredState {
  envId: string;
  collections: Array<{ name: string; indexes: IndexDecl[] }>;
  collectionAcl: AclTag;
  storageRule: StorageRule;
  functions: FunctionDecl[];
}

/** What the environment reports for an index: key names with directions as strings ('1', '-1', '2dsphere'). */
export interface RemoteIndex {
  name: string;
  keys: Array<{ name: string; direction: string }>;
  unique: boolean;
}

export interface RemoteTrigger {
  name: string;
  type: string;
  /** The cron expression. */
  config: string;
}

export interface RemoteFunction {
  name: string;
  runtime: string;
  timeout: number;
  memorySize: number;
  description: string;
  env: Record<string, string>;
  triggers: RemoteTrigger[];
  status: string;
}

/** The function settings sent to CloudBase: always the whole set (envVariables replace the online set). */
export interface FunctionSettings {
  name: string;
  runtime: string;
  timeout: number;
  memorySize: number;
  description: string;
  envVariables: Record<string, string>;
}

/**
 * The small interface the planner reads through and the executor writes through. The real one
 * wraps @cloudbase/manager-node (manager-client.ts); tests use an in-memory fake.
 */
export interface CloudClient {
  listCollections(): Promise<string[]>;
  createCollection(name: string): Promise<void>;
  describeIndexes(collection: string): Promise<RemoteIndex[]>;
  indexExists(collection: string, indexName: string): Promise<boolean>;
  createIndex(collection: string, index: IndexDecl): Promise<void>;
  getCollectionAcl(collection: string): Promise<AclTag | null>;
  setCollectionAcl(collection: string, acl: AclTag): Promise<void>;
  getStorageRule(): Promise<{ acl: AclTag | null; rule: StorageRule | null }>;
  setStorageRule(rule: StorageRule): Promise<void>;
  listFunctions(): Promise<string[]>;
  /** null when the function does not exist. */
  getFunction(name: string): Promise<RemoteFunction | null>;
  createFunction(settings: FunctionSettings, dir: string, triggers: TimerTrigger[]): Promise<void>;
  updateFunctionCode(name: string, dir: string): Promise<void>;
  updateFunctionConfig(settings: FunctionSettings): Promise<void>;
  createTrigger(functionName: string, trigger: TimerTrigger): Promise<void>;
  deleteTrigger(functionName: string, triggerName: string): Promise<void>;
}

export type Step =
  | { kind: 'createCollection'; collection: string }
  | { kind: 'createIndex'; collection: string; index: IndexDecl }
  | { kind: 'setCollectionAcl'; collection: string; acl: AclTag; was: AclTag | null }
  | { kind: 'setStorageRule'; rule: StorageRule; was: { acl: AclTag | null; rule: StorageRule | null } }
  | { kind: 'createFunction'; settings: FunctionSettings; dir: string; triggers: TimerTrigger[] }
  | { kind: 'updateFunctionCode'; name: string; dir: string; settings: FunctionSettings }
  | { kind: 'updateFunctionConfig'; settings: FunctionSettings; changed: string[] }
  | { kind: 'createTrigger'; functionName: string; trigger: TimerTrigger }
  | { kind: 'deleteTrigger'; functionName: string; triggerName: string };

/** Things a person must look at; the deploy never fixes these itself (it would drop data or indexes). */
export type Finding =
  | { kind: 'indexDiffers'; collection: string; index: string; declared: RemoteIndex; remote: RemoteIndex }
  | { kind: 'runtimeDiffers'; function: string; declared: string; remote: string }
  | { kind: 'envKeptFromRemote'; function: string; variable: string }
  | { kind: 'envMissing'; function: string; variable: string }
  | { kind: 'envDropped'; function: string; variable: string }
  | { kind: 'functionNotActive'; function: string; status: string }
  | { kind: 'undeclaredFunction'; function: string }
  | { kind: 'undeclaredCollection'; collection: string }
  | { kind: 'undeclaredIndex'; collection: string; index: string };

export interface Plan {
  envId: string;
  /** 'remote': read from the environment; 'empty': no keys, planned against a new, empty environment. */
  against: 'remote' | 'empty';
  steps: Step[];
  findings: Finding[];
}

/** Findings that need a person before the environment matches the project (exit code 3). */
export const BLOCKING_FINDINGS: ReadonlySet<Finding['kind']> = new Set([
  'indexDiffers',
  'runtimeDiffers',
  'functionNotActive',
]);
