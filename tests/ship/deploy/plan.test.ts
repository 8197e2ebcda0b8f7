// The deploy planner in dry-run against the project's own files, planned for a new environment:
// every declared collection and index, admin-only rules, the storage rule, every function with
// its runtime, timeout, memory and triggers — discovered from the files, not from a list.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLOUD_RUNTIME } from '../../../cloud/function-configs';
import { parseStoredPath, type StoredKind } from '../../../cloud/local/storage/paths';
import { emptyClient } from '../../../scripts/deploy/empty-client';
import { planDeploy } from '../../../scripts/deploy/planner';
import type { DesiredState, Plan, Step } from '../../../scripts/deploy/types';
import { builtProject, declaredFunctions, declaredIndexes, declaredStorageRule } from './project';

const only = <K extends Step['kind']>(plan: Plan, kind: K) =>
  plan.steps.filter((s): s is Extract<Step, { kind: K }> => s.kind === kind);

describe('deploy plan for a new environment (dry run, project files)', () => {
  let plan: Plan;
  let desired: (envId?: string) => DesiredState;
  before(async () => {
    desired = (await builtProject()).desired;
    plan = await planDeploy(desired('test-env'), emptyClient, {}, 'empty');
  });

  it('creates every collection indexes.json declares, each with all its indexes', () => {
    const indexes = declaredIndexes();
    assert.deepEqual(
      only(plan, 'createCollection')
        .map((s) => s.collection)
        .sort(),
      Object.keys(indexes).sort(),
    );
    for (const [coll, specs] of Object.entries(indexes)) {
      const planned = only(plan, 'createIndex').filter((s) => s.collection === coll);
      assert.deepEqual(
        planned.map((s) => ({ name: s.index.name, fields: s.index.fields, unique: s.index.unique })),
        specs.map((s) => ({ name: s.name, fields: s.fields, unique: s.unique === true })),
        coll,
      );
    }
  });

  it('sets every collection admin-only, after creating it', () => {
    const acl = only(plan, 'setCollectionAcl');
    assert.deepEqual(acl.map((s) => s.collection).sort(), Object.keys(declaredIndexes()).sort());
    assert.ok(acl.every((s) => s.acl === 'ADMINONLY'));
    for (const s of acl) {
      const created = plan.steps.findIndex((x) => x.kind === 'createCollection' && x.collection === s.collection);
      assert.ok(created < plan.steps.indexOf(s));
    }
  });

  it('sets the storage rule from cloud/database/storage-rule.json', () => {
    const [rule] = only(plan, 'setStorageRule');
    const declared = declaredStorageRule();
    assert.deepEqual(rule?.rule, { read: declared.read, write: declared.write });
    assert.equal(declared.read, 'auth != null');
    assert.match(declared.write, /resource\.openid == auth\.openid/);
  });

  it('lets an owner write in every folder the app uploads to, and nowhere else', () => {
    // One upload of each kind the local cloud stores: a new kind fails to compile until it is listed here.
    const uploads: Record<StoredKind, string> = {
      claim: 'claims/o_member/evidence1.jpg',
      avatar: 'avatars/o_member-1764460800000.png',
      brand: 'brands/o_secretary/cover1.png',
    };
    const pattern = /\/(\^.*?)\/\.test\(resource\.path\)/.exec(declaredStorageRule().write)?.[1];
    assert.ok(pattern, 'the write rule names the folders by a regular expression on resource.path');
    const allowed = new RegExp(pattern);
    for (const [kind, cloudPath] of Object.entries(uploads)) {
      assert.equal(parseStoredPath(cloudPath)?.kind, kind, cloudPath);
      assert.ok(allowed.test(cloudPath), `the storage rule refuses ${kind} uploads (${cloudPath})`);
    }
    for (const elsewhere of ['secrets/o_member/a.jpg', 'index.html']) assert.ok(!allowed.test(elsewhere), elsewhere);
  });

  it('creates every function with an explicit runtime, its timeout, memory, env and triggers', () => {
    const created = only(plan, 'createFunction');
    const functions = declaredFunctions();
    assert.deepEqual(
      created.map((s) => s.settings.name),
      functions.map((f) => f.name),
    );
    for (const f of functions) {
      const step = created.find((s) => s.settings.name === f.name)!;
      assert.equal(step.settings.runtime, CLOUD_RUNTIME, f.name);
      assert.equal(step.settings.timeout, f.config.timeout, f.name);
      assert.equal(step.settings.memorySize, f.config.memorySize, f.name);
      assert.deepEqual(step.triggers, f.config.triggers, f.name);
      assert.match(step.settings.description, /^redsail code sha256:[0-9a-f]{16}$/);
      assert.ok(step.dir.endsWith(f.name));
    }
  });

  it('deploys functions last, once the database they use is ready', () => {
    const firstFunction = plan.steps.findIndex((s) => s.kind === 'createFunction');
    assert.ok(plan.steps.slice(firstFunction).every((s) => s.kind === 'createFunction'));
  });

  it('reports a declared environment variable that nobody set, and sends the ones set locally', async () => {
    const withEnv = desired().functions.filter((f) => f.env.length > 0);
    assert.ok(withEnv.length > 0, 'points declares POINTS_RESULT_TEMPLATE_ID');
    const bare = await planDeploy(desired(), emptyClient, {}, 'empty');
    for (const f of withEnv)
      for (const v of f.env)
        assert.ok(bare.findings.some((x) => x.kind === 'envMissing' && x.function === f.name && x.variable === v));
    const env = Object.fromEntries(withEnv.flatMap((f) => f.env.map((v) => [v, `tmpl-${v}`])));
    const set = await planDeploy(desired(), emptyClient, env, 'empty');
    for (const f of withEnv) {
      const step = only(set, 'createFunction').find((s) => s.settings.name === f.name)!;
      assert.deepEqual(step.settings.envVariables, Object.fromEntries(f.env.map((v) => [v, `tmpl-${v}`])));
    }
  });
});
