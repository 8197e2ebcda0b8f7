/**
 * A read-only CloudClient for an environment that has nothing yet: `--dry-run` without keys
 * plans against it, so the plan shows everything a first deploy would do. Writing through it is a bug.
 */
import type { CloudClient } from './types';

const refuse = (): Promise<never> => Promise.reject(new Error('empty client is read-only: dry runs never write'));

export const emptyClient: CloudClient = {
  listCollections: async () => [],
  createCollection: refuse,
  describeIndexes: async () => [],
  indexExists: async () => false,
  createIndex: refuse,
  getCollectionAcl: async () => null,
  setCollectionAcl: refuse,
  getStorageRule: async () => ({ acl: null, rule: null }),
  setStorageRule: refuse,
  listFunctions: async () => [],
  getFunction: async () => null,
  createFunction: refuse,
  updateFunctionCode: refuse,
  updateFunctionConfig: refuse,
  createTrigger: refuse,
  deleteTrigger: refuse,
};
