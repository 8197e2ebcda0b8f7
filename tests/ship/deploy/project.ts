/** The project's own files as the deploy sees them, with bundles built into a temporary folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listCloudFunctions } from '../../../cloud/function-configs';
import { loadIndexSpecs } from '../../../cloud/local/indexes';
import { buildCloudFunctions } from '../../../scripts/build-cloud';
import { projectPaths, readDesiredState, ROOT, type ProjectPaths } from '../../../scripts/deploy/desired';
import type { DesiredState } from '../../../scripts/deploy/types';

export { ROOT };

export const tempDir = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** Builds the bundles once per test file (not into dist/: other suites use it). */
export async function builtProject(): Promise<{ paths: ProjectPaths; desired: (envId?: string) => DesiredState }> {
  const dist = tempDir('redsail-ship-');
  await buildCloudFunctions(dist);
  const paths = projectPaths(ROOT, dist);
  return { paths, desired: (envId = 'test-env') => readDesiredState(envId, paths) };
}

/** Read straight from the files, for the tests to compare the plan with. */
export const declaredFunctions = () => listCloudFunctions(path.join(ROOT, 'cloud', 'functions'));
export const declaredIndexes = () => loadIndexSpecs(path.join(ROOT, 'cloud', 'database', 'indexes.json'));
export const declaredStorageRule = () =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'cloud', 'database', 'storage-rule.json'), 'utf8')) as {
    read: string;
    write: string;
  };
