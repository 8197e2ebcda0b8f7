// Each function's config.json: it declares exactly the WeChat cloud calls its bundle makes
// (else -604101 online) and the template-id variables it reads; it is validated the same way by
// the build, the deploy and the local cloud; cloudbaserc.json is generated from it.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FunctionConfigError, parseFunctionConfig } from '../../../cloud/function-configs';
import { loadTimerTriggers } from '../../../cloud/local/function-configs';
import { startLocalCloud } from '../../../cloud/local/server';
import { cloudbaserc, CLOUDBASERC_FILE } from '../../../scripts/deploy/cloudbaserc';
import { ProjectError, readDesiredState, type ProjectPaths } from '../../../scripts/deploy/desired';
import { collectionsUsed } from '../../../scripts/deploy/collections-scan';
import { scanOpenapi, undeclaredOpenapi } from '../../../scripts/deploy/openapi-scan';
import { builtProject, declaredFunctions, declaredIndexes, ROOT, tempDir } from './project';

const TEMPLATE_ID = /\b[A-Z][A-Z0-9_]*_TEMPLATE_ID\b/g;

describe('config.json against what each bundle really calls', () => {
  let paths: ProjectPaths;
  before(async () => {
    paths = (await builtProject()).paths;
  });

  it('every function declares exactly the openapi calls its bundle makes', () => {
    for (const f of declaredFunctions()) {
      const code = fs.readFileSync(path.join(paths.functionsDist, f.name, 'index.js'), 'utf8');
      const use = scanOpenapi(code);
      assert.deepEqual(
        use.dynamic,
        [],
        `${f.name}: call cloud.openapi.<namespace>.<method> literally so it can be checked`,
      );
      assert.deepEqual(
        [...f.config.permissions.openapi].sort(),
        use.calls,
        `${f.name}: cloud/functions/${f.name}/config.json permissions.openapi`,
      );
    }
  });

  it("knows today's calls: points sends subscribe messages and checks text and photos, volunteer checks text and covers", () => {
    const byName = Object.fromEntries(declaredFunctions().map((f) => [f.name, f.config.permissions.openapi]));
    assert.deepEqual(byName['points'], ['security.mediaCheckAsync', 'security.msgSecCheck', 'subscribeMessage.send']);
    assert.deepEqual(byName['volunteer'], ['security.mediaCheckAsync', 'security.msgSecCheck']);
    assert.deepEqual(byName['jobs'], ['security.mediaCheckAsync', 'subscribeMessage.send']);
  });

  it('every template id a bundle reads is a declared env variable (so the deploy sends it)', () => {
    for (const f of declaredFunctions()) {
      const code = fs.readFileSync(path.join(paths.functionsDist, f.name, 'index.js'), 'utf8');
      const read = [...new Set(code.match(TEMPLATE_ID) ?? [])].sort();
      assert.deepEqual(
        read.filter((v) => !f.config.env.includes(v)),
        [],
        `${f.name}: add to "env" in its config.json`,
      );
    }
  });

  it("the bundle carries WeChat's config.json (permissions and triggers only) for DevTools uploads", () => {
    for (const f of declaredFunctions()) {
      const copied = JSON.parse(
        fs.readFileSync(path.join(paths.functionsDist, f.name, 'config.json'), 'utf8'),
      ) as object;
      assert.deepEqual(copied, { permissions: { openapi: f.config.permissions.openapi }, triggers: f.config.triggers });
    }
  });
});

describe('the openapi scan and the deploy refuse an undeclared call', () => {
  it('finds calls and flags uses it cannot read', () => {
    const code =
      'await sdk.default.openapi.security.msgSecCheck({}); x.openapi . wxacode . getUnlimited(); const { security } = cloud.openapi;';
    const use = scanOpenapi(code);
    assert.deepEqual(use.calls, ['security.msgSecCheck', 'wxacode.getUnlimited']);
    assert.equal(use.dynamic.length, 1);
    assert.deepEqual(undeclaredOpenapi('cloud.openapi.security.mediaCheckAsync({})', ['security.msgSecCheck']), [
      'security.mediaCheckAsync',
    ]);
  });

  it('readDesiredState fails naming the function and the call', () => {
    const root = tempDir('redsail-openapi-');
    const src = path.join(root, 'src', 'brands');
    const dist = path.join(root, 'dist', 'brands');
    fs.mkdirSync(src, { recursive: true });
    fs.mkdirSync(dist, { recursive: true });
    fs.writeFileSync(path.join(src, 'index.ts'), 'export const main = () => null;\n');
    fs.writeFileSync(path.join(src, 'config.json'), '{ "permissions": { "openapi": ["security.msgSecCheck"] } }');
    fs.writeFileSync(path.join(dist, 'index.js'), 'exports.main = () => cloud.openapi.security.mediaCheckAsync({});\n');
    const paths: ProjectPaths = {
      functionsSrc: path.join(root, 'src'),
      functionsDist: path.join(root, 'dist'),
      indexesFile: path.join(root, 'none.json'),
      storageRuleFile: path.join(__dirname, '..', '..', '..', 'cloud', 'database', 'storage-rule.json'),
    };
    assert.throws(
      () => readDesiredState('e', paths),
      (err: Error) => err instanceof ProjectError && /brands.*security\.mediaCheckAsync/.test(err.message),
    );
  });
});

describe('collections', () => {
  it('every collection the cloud code names is declared in indexes.json, so the deploy creates it', () => {
    const used = collectionsUsed(path.join(ROOT, 'cloud', 'core'));
    assert.ok(used.includes('users') && used.includes('pointStandards'), 'the scan finds literals and constants');
    const declared = Object.keys(declaredIndexes());
    assert.deepEqual(
      used.filter((c) => !declared.includes(c)),
      [],
      'add them to cloud/database/indexes.json ([] when no index is needed)',
    );
  });
});

describe('config.json validation', () => {
  const bad = (json: string) =>
    assert.throws(() => parseFunctionConfig(json, 'x/config.json'), FunctionConfigError, json);

  it('fills defaults for an empty config', () => {
    assert.deepEqual(parseFunctionConfig('{}', 'x'), {
      permissions: { openapi: [] },
      triggers: [],
      timeout: 20,
      memorySize: 256,
      env: [],
    });
  });

  it('refuses what WeChat or CloudBase would refuse', () => {
    bad('{ "triggers": [{ "name": "daily", "type": "timer", "config": "0 9 * * *" }] }'); // 5-field cron
    bad(
      '{ "triggers": [{ "name": "a", "type": "timer", "config": "0 0 9 * * * *" }, { "name": "b", "type": "timer", "config": "0 0 9 * * * *" }] }',
    );
    bad('{ "triggers": [{ "name": "9am", "type": "timer", "config": "0 0 9 * * * *" }] }');
    bad('{ "timeout": 90 }');
    bad('{ "permissions": { "openapi": ["msgSecCheck"] } }');
    bad('{ "permissions": { "openapi": ["security.msgSecCheck", "security.msgSecCheck"] } }');
    bad('{ "timer": [] }'); // a typo is an error, not a silently ignored key
    bad('{ "env": ["points_template"] }');
  });
});

describe('the local cloud reads the same files', () => {
  function functionsDir(config: string): string {
    const dir = tempDir('redsail-fns-');
    fs.mkdirSync(path.join(dir, 'reminders'));
    fs.writeFileSync(path.join(dir, 'reminders', 'index.js'), 'exports.main = async () => ({ ok: true });\n');
    fs.writeFileSync(path.join(dir, 'reminders', 'config.json'), config);
    return dir;
  }

  it('lists the timer triggers for a scheduler', () => {
    const dir = functionsDir('{ "triggers": [{ "name": "daily", "type": "timer", "config": "0 0 9 * * * *" }] }');
    assert.deepEqual(loadTimerTriggers(dir), [
      { functionName: 'reminders', trigger: { name: 'daily', type: 'timer', config: '0 0 9 * * * *' } },
    ]);
  });

  it('refuses to start on an invalid config.json, naming the file', async () => {
    const dir = functionsDir('{ "triggers": [{ "name": "daily", "type": "timer", "config": "every day" }] }');
    await assert.rejects(
      startLocalCloud({ dataDir: null, functionsDir: dir, log: () => {} }),
      /reminders[\\/]config\.json: triggers/,
    );
  });
});

describe('cloudbaserc.json', () => {
  it('is in sync with the config.json files (npm run deploy:rc)', () => {
    assert.deepEqual(JSON.parse(fs.readFileSync(CLOUDBASERC_FILE, 'utf8')), cloudbaserc(), 'run npm run deploy:rc');
  });

  it('lists every function with runtime, timeout and its env variables as .env placeholders', () => {
    const rc = cloudbaserc() as {
      functions: Array<{ name: string; runtime: string; envVariables?: Record<string, string> }>;
    };
    assert.deepEqual(
      rc.functions.map((f) => f.name),
      declaredFunctions().map((f) => f.name),
    );
    assert.ok(rc.functions.every((f) => f.runtime === 'Nodejs16.13'));
    assert.deepEqual(rc.functions.find((f) => f.name === 'points')?.envVariables, {
      POINTS_RESULT_TEMPLATE_ID: '{{env.POINTS_RESULT_TEMPLATE_ID}}',
      VOLUNTEER_REMINDER_TEMPLATE_ID: '{{env.VOLUNTEER_REMINDER_TEMPLATE_ID}}',
      BOOKING_REMINDER_TEMPLATE_ID: '{{env.BOOKING_REMINDER_TEMPLATE_ID}}',
      CERTIFICATE_REMINDER_TEMPLATE_ID: '{{env.CERTIFICATE_REMINDER_TEMPLATE_ID}}',
      CLAIMS_WAITING_TEMPLATE_ID: '{{env.CLAIMS_WAITING_TEMPLATE_ID}}',
    });
  });
});
