// A real (non-dry) deploy of the project's own files against a fake environment that records
// every call: the first run sets everything up, a second run plans nothing and calls nothing.
// Then the cases a person must see: indexes that differ, runtimes, env variables, triggers, code.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { executePlan } from '../../../scripts/deploy/executor';
import { planDeploy } from '../../../scripts/deploy/planner';
import type { DesiredState, FunctionDecl } from '../../../scripts/deploy/types';
import { FakeCloud } from './fake-cloud';
import { builtProject } from './project';

const quiet = () => {};
/** The template ids as a deploying shell would have them. */
/** Every template id some function declares (the jobs function sends them all), and the home organisation (brands, home). */
const TEMPLATES = {
  VOLUNTEER_REMINDER_TEMPLATE_ID: 'tmpl-activity',
  BOOKING_REMINDER_TEMPLATE_ID: 'tmpl-booking',
  CERTIFICATE_REMINDER_TEMPLATE_ID: 'tmpl-certificate',
  CLAIMS_WAITING_TEMPLATE_ID: 'tmpl-claims',
  HOME_ORG_ID: 'org_home',
};
const ENV = { ...TEMPLATES, POINTS_RESULT_TEMPLATE_ID: 'tmpl-points' };

async function deploy(desired: DesiredState, cloud: FakeCloud, env: NodeJS.ProcessEnv = ENV) {
  const plan = await planDeploy(desired, cloud, env);
  const result = await executePlan(plan, cloud, quiet);
  return { plan, result };
}

/** Deploys and checks the run only reported (these kinds of findings) and changed nothing. */
async function reportsOnly(desired: DesiredState, cloud: FakeCloud, kinds: string[]) {
  const { plan } = await deploy(desired, cloud);
  assert.deepEqual(plan.steps, []);
  assert.deepEqual(
    plan.findings.map((f) => f.kind),
    kinds,
  );
  assert.deepEqual(cloud.calls, []);
  return plan;
}

/** A fresh fake with the project deployed once. */
async function deployed(desired: DesiredState, env: NodeJS.ProcessEnv = ENV): Promise<FakeCloud> {
  const cloud = new FakeCloud();
  await deploy(desired, cloud, env);
  cloud.calls.length = 0;
  return cloud;
}

const withFunction = (d: DesiredState, name: string, change: (f: FunctionDecl) => FunctionDecl): DesiredState => ({
  ...d,
  functions: d.functions.map((f) => (f.name === name ? change(f) : f)),
});

describe('deploy through a recording fake environment', () => {
  let desired: DesiredState;
  before(async () => {
    desired = (await builtProject()).desired('test-env');
  });

  it('first run: every collection, index, rule and function, each once, nothing rebuilt', async () => {
    const cloud = new FakeCloud();
    const { plan, result } = await deploy(desired, cloud, { ...TEMPLATES, POINTS_RESULT_TEMPLATE_ID: 'tmpl-points' });
    assert.equal(result.done, plan.steps.length);
    assert.deepEqual(result.notActive, []);
    assert.deepEqual(cloud.rebuilt, []);
    assert.equal(new Set(cloud.calls).size, cloud.calls.length, 'no call twice');
    for (const c of desired.collections) {
      assert.ok(cloud.calls.includes(`createCollection ${c.name}`));
      assert.equal(cloud.collections.get(c.name)?.acl, 'ADMINONLY');
      for (const i of c.indexes) assert.ok(cloud.calls.includes(`createIndex ${c.name}.${i.name}`));
    }
    assert.deepEqual(cloud.storage, { acl: 'CUSTOM', rule: desired.storageRule });
    for (const f of desired.functions) {
      const online = cloud.functions.get(f.name)!;
      assert.equal(online.runtime, 'Nodejs16.13');
      assert.equal(online.timeout, f.timeout);
      assert.deepEqual(
        online.triggers.map((t) => t.name),
        f.triggers.map((t) => t.name),
      );
    }
    assert.equal(cloud.functions.get('points')?.env['POINTS_RESULT_TEMPLATE_ID'], 'tmpl-points');
  });

  it('second run against what the first produced: no steps, no calls, nothing to report', async () => {
    const env = { ...TEMPLATES, POINTS_RESULT_TEMPLATE_ID: 'tmpl-points' };
    const cloud = await deployed(desired, env);
    const { plan, result } = await deploy(desired, cloud, env);
    assert.deepEqual(plan.steps, []);
    assert.deepEqual(plan.findings, []);
    assert.equal(result.done, 0);
    assert.deepEqual(cloud.calls, []);
  });

  it('a run from a shell without the template id keeps the value online instead of wiping it', async () => {
    const cloud = await deployed(desired, { ...TEMPLATES, POINTS_RESULT_TEMPLATE_ID: 'tmpl-points' });
    const { plan } = await deploy(desired, cloud, {});
    assert.deepEqual(plan.steps, []);
    assert.ok(plan.findings.some((f) => f.kind === 'envKeptFromRemote' && f.variable === 'POINTS_RESULT_TEMPLATE_ID'));
    assert.equal(cloud.functions.get('points')?.env['POINTS_RESULT_TEMPLATE_ID'], 'tmpl-points');
  });

  it('a new template id updates the config with the full set', async () => {
    const cloud = await deployed(desired, { ...TEMPLATES, POINTS_RESULT_TEMPLATE_ID: 'old' });
    const { plan } = await deploy(desired, cloud, { ...TEMPLATES, POINTS_RESULT_TEMPLATE_ID: 'new' });
    // Every function that sends subscribe messages reads it: each gets its full set again.
    assert.deepEqual(
      plan.steps.map((s) => s.kind),
      ['updateFunctionConfig', 'updateFunctionConfig', 'updateFunctionConfig'],
    );
    assert.deepEqual([...cloud.calls].sort(), ['updateFunctionConfig jobs', 'updateFunctionConfig messages', 'updateFunctionConfig points']);
    assert.equal(cloud.functions.get('points')?.env['POINTS_RESULT_TEMPLATE_ID'], 'new');
  });

  it('an empty value asks to remove a variable; when it is the last one that needs the console', async () => {
    const senders = ['jobs', 'messages', 'points'];
    // Others remain: each sender's config is sent again without it.
    const cloud = await deployed(desired);
    const { plan } = await deploy(desired, cloud, { ...TEMPLATES, POINTS_RESULT_TEMPLATE_ID: '' });
    const dropped = senders.map((fn) => ({ kind: 'envDropped', function: fn, variable: 'POINTS_RESULT_TEMPLATE_ID' }));
    assert.deepEqual(plan.findings, dropped);
    assert.deepEqual(plan.steps.map((s) => (s as { settings: { name: string } }).settings.name).sort(), senders);
    for (const s of plan.steps) assert.ok(!('POINTS_RESULT_TEMPLATE_ID' in (s as { settings: { envVariables: object } }).settings.envVariables));
    // The only one online: CloudBase cannot be sent an empty set.
    const lone = await deployed(desired, { POINTS_RESULT_TEMPLATE_ID: 'tmpl-points' });
    const last = await deploy(desired, lone, { POINTS_RESULT_TEMPLATE_ID: '' });
    assert.deepEqual(last.plan.steps, [], 'CloudBase cannot be sent an empty set');
    assert.deepEqual(
      last.plan.findings.filter((f) => f.kind === 'envDropped'),
      dropped,
    );
  });

  it('an index that differs online is reported, never dropped or re-created', async () => {
    const cloud = await deployed(desired);
    const users = cloud.collections.get('users')!;
    users.indexes = users.indexes.map((i) =>
      i.name === 'branch' ? { ...i, keys: [{ name: 'branchId', direction: '-1' }] } : i,
    );
    users.indexes.push({ name: 'by_hand', keys: [{ name: 'nickname', direction: '1' }], unique: false });
    await reportsOnly(desired, cloud, ['indexDiffers', 'undeclaredIndex']);
    assert.deepEqual(cloud.rebuilt, []);
  });

  it('a missing index is created; one that appeared after planning is not re-created', async () => {
    const cloud = await deployed(desired);
    const joins = cloud.collections.get('joinRequests')!;
    joins.indexes = joins.indexes.filter((i) => i.name !== 'openid_status_created' && i.name !== 'branch_status_created');
    const plan = await planDeploy(desired, cloud, ENV);
    assert.deepEqual(
      plan.steps.map((s) => (s.kind === 'createIndex' ? s.index.name : s.kind)),
      ['openid_status_created', 'branch_status_created'],
    );
    // Someone creates one of them between plan and run: the executor checks again first.
    await cloud.createIndex('joinRequests', {
      name: 'openid_status_created',
      fields: [['openid', 1], ['status', 1], ['createdAt', -1]],
      unique: false,
    });
    cloud.calls.length = 0;
    const result = await executePlan(plan, cloud, quiet);
    assert.deepEqual(cloud.calls, ['createIndex joinRequests.branch_status_created']);
    assert.equal(result.skipped.length, 1);
    assert.deepEqual(cloud.rebuilt, []);
  });

  it('a collection opened up in the console is set back to admin-only', async () => {
    const cloud = await deployed(desired);
    cloud.collections.get('messages')!.acl = 'READONLY';
    await deploy(desired, cloud);
    assert.deepEqual(cloud.calls, ['setCollectionAcl messages ADMINONLY']);
  });

  it('changed code is uploaded, then its stamp is recorded; the next run is quiet again', async () => {
    const cloud = await deployed(desired);
    const changed = withFunction(desired, 'volunteer', (f) => ({ ...f, codeStamp: 'sha256:0123456789abcdef' }));
    await deploy(changed, cloud);
    assert.deepEqual(cloud.calls, ['updateFunctionCode volunteer', 'updateFunctionConfig volunteer']);
    cloud.calls.length = 0;
    assert.deepEqual((await planDeploy(changed, cloud, ENV)).steps, []);
  });

  it('a declared timer trigger is created; a changed one is deleted before its replacement', async () => {
    const cloud = await deployed(desired);
    const daily = withFunction(desired, 'messages', (f) => ({
      ...f,
      triggers: [{ name: 'daily', type: 'timer', config: '0 0 9 * * * *' }],
    }));
    await deploy(daily, cloud);
    assert.deepEqual(cloud.calls, ['createTrigger messages.daily']);
    cloud.calls.length = 0;
    const later = withFunction(desired, 'messages', (f) => ({
      ...f,
      triggers: [{ name: 'daily', type: 'timer', config: '0 30 9 * * * *' }],
    }));
    await deploy(later, cloud);
    assert.deepEqual(cloud.calls, ['deleteTrigger messages.daily', 'createTrigger messages.daily']);
    cloud.calls.length = 0;
    await deploy(desired, cloud);
    assert.deepEqual(cloud.calls, ['deleteTrigger messages.daily'], 'a trigger no longer declared is removed');
  });

  it('a function created with another runtime is reported (runtime is fixed at creation)', async () => {
    const cloud = await deployed(desired);
    cloud.functions.get('org')!.runtime = 'Nodejs8.9';
    const plan = await reportsOnly(desired, cloud, ['runtimeDiffers']);
    assert.deepEqual(plan.findings, [
      { kind: 'runtimeDiffers', function: 'org', declared: 'Nodejs16.13', remote: 'Nodejs8.9' },
    ]);
  });

  it('functions and collections that exist only online are reported, not deleted', async () => {
    const cloud = await deployed(desired);
    await cloud.createCollection('legacy');
    cloud.functions.set('old', { ...(await cloud.getFunction('org'))!, name: 'old', codeDir: '', codeUploads: 1 });
    cloud.calls.length = 0;
    await reportsOnly(desired, cloud, ['undeclaredCollection', 'undeclaredFunction']);
  });

  it('a failing step stops the run with the step named; the rerun does only what is left', async () => {
    const cloud = new FakeCloud();
    const original = cloud.createFunction.bind(cloud);
    let fail = true;
    cloud.createFunction = async (s, dir, t) => {
      if (fail && s.name === 'points') throw new Error('InternalError');
      return original(s, dir, t);
    };
    await assert.rejects(deploy(desired, cloud), /新建云函数 points.*InternalError/);
    fail = false;
    cloud.calls.length = 0;
    await deploy(desired, cloud);
    assert.deepEqual(
      cloud.calls,
      desired.functions.filter((f) => f.name >= 'points').map((f) => `createFunction ${f.name}`),
    );
  });
});
