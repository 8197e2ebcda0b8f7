import path from 'node:path';
import fs from 'node:fs';
import assert from 'node:assert/strict';
import { buildCloudFunctions } from '../../scripts/build-cloud';
import { ROOT } from './helpers';
import { accountSuite } from './account-suite';

// What deploys is what is tested: the same account tests, against dist/cloudfunctions.
accountSuite(
  'deployable bundles',
  () => path.join(ROOT, 'dist', 'cloudfunctions'),
  async () => {
    const names = await buildCloudFunctions();
    assert.ok(names.includes('account'));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/cloudfunctions/account/package.json'), 'utf8'));
    assert.deepEqual(Object.keys(pkg.dependencies), ['wx-server-sdk'], 'bundles depend only on the SDK');
    const code = fs.readFileSync(path.join(ROOT, 'dist/cloudfunctions/account/index.js'), 'utf8');
    assert.doesNotMatch(code, /require\("(mingo|zod|bson)/, 'the core is bundled in, not required');
  },
);
