// The real CloudClient over the installed @cloudbase/manager-node, with only its signed HTTP
// request (and the COS upload of a code zip) replaced: checks which Tencent Cloud API actions and
// parameters each step really sends — e.g. that the runtime reaches CreateFunction, that a
// config update carries the whole env set and creates no trigger on the side.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { managerClient } from '../../../scripts/deploy/manager-client';
import type { CloudClient } from '../../../scripts/deploy/types';
import { tempDir } from './project';

type Call = { service: string; action: string; data: Record<string, unknown> };
type Responder = (action: string, data: Record<string, unknown>) => Record<string, unknown>;

// Required, not imported: the library's internals are patched in place.
const { CloudService } = require('@cloudbase/manager-node/lib/utils/cloud-api-request') as {
  CloudService: { prototype: Record<string, unknown> };
};
const { FunctionService } = require('@cloudbase/manager-node/lib/function') as {
  FunctionService: { prototype: Record<string, unknown> };
};

const ENV = {
  EnvInfo: {
    EnvBaseInfo: {
      EnvId: 'prod-1a2b',
      Databases: [{ InstanceId: 'tnt-db' }],
      Storages: [{ Bucket: '7072-prod-1a2b-1300000000', Region: 'ap-shanghai', AppId: '1300000000' }],
      Functions: [{ Namespace: 'prod-1a2b' }],
    },
  },
};

const ACTIVE = {
  FunctionName: 'points',
  Runtime: 'Nodejs16.13',
  Timeout: 30,
  MemorySize: 512,
  Description: 'redsail code sha256:0123456789abcdef',
  Status: 'Active',
  Environment: { Variables: [{ Key: 'POINTS_RESULT_TEMPLATE_ID', Value: 'tmpl' }] },
  Triggers: [{ TriggerName: 'daily', Type: 'timer', TriggerDesc: '{"cron":"0 0 9 * * * *"}' }],
  VpcConfig: {},
};

describe('manager-node client: the API actions each step sends', () => {
  const calls: Call[] = [];
  const zips: Array<{ name: string; root: string }> = [];
  let respond: Responder = () => ({});
  const originals = {
    requestWithSign: CloudService.prototype['requestWithSign'],
    uploadFunctionZipToCos: FunctionService.prototype['uploadFunctionZipToCos'],
  };
  let client: CloudClient;
  const sent = (action: string) => calls.filter((c) => c.action === action);

  before(() => {
    CloudService.prototype['requestWithSign'] = async function (this: Call) {
      calls.push({ service: this.service, action: this.action, data: this.data });
      const body = this.action === 'DescribeEnvInfo' ? ENV : respond(this.action, this.data);
      return { Response: { RequestId: 'req', ...body } };
    };
    FunctionService.prototype['uploadFunctionZipToCos'] = async (options: {
      func: { name: string };
      functionRootPath: string;
    }) => {
      zips.push({ name: options.func.name, root: options.functionRootPath });
      return { Key: 'tmp/points.zip' };
    };
    client = managerClient({ secretId: 'AKIDtest', secretKey: 'secret', envId: 'prod-1a2b' });
  });
  after(() => {
    CloudService.prototype['requestWithSign'] = originals.requestWithSign;
    FunctionService.prototype['uploadFunctionZipToCos'] = originals.uploadFunctionZipToCos;
  });

  it('reads collections and indexes (ListTables, DescribeTable) and creates one index per UpdateTable', async () => {
    respond = (action) =>
      action === 'ListTables'
        ? { Tables: [{ TableName: 'users' }], Pager: { Total: 1 } }
        : { Indexes: [{ Name: 'branch', Keys: [{ Name: 'branchId', Direction: '1' }], Unique: false }] };
    assert.deepEqual(await client.listCollections(), ['users']);
    assert.deepEqual(await client.describeIndexes('users'), [
      { name: 'branch', keys: [{ name: 'branchId', direction: '1' }], unique: false },
    ]);
    assert.equal(await client.indexExists('users', 'org'), false);
    respond = () => ({});
    await client.createIndex('roster', {
      name: 'org_phone_unique',
      fields: [
        ['orgId', 1],
        ['phone', 1],
      ],
      unique: true,
    });
    assert.deepEqual(sent('UpdateTable').at(-1)?.data['CreateIndexes'], [
      {
        IndexName: 'org_phone_unique',
        MgoKeySchema: {
          MgoIsUnique: true,
          MgoIndexKeys: [
            { Name: 'orgId', Direction: '1' },
            { Name: 'phone', Direction: '1' },
          ],
        },
      },
    ]);
    assert.equal(sent('UpdateTable').at(-1)?.data['DropIndexes'], undefined);
  });

  it('collection permissions through DescribeDatabaseACL / ModifyDatabaseACL', async () => {
    respond = (action) => (action === 'DescribeDatabaseACL' ? { AclTag: 'PRIVATE' } : {});
    assert.equal(await client.getCollectionAcl('users'), 'PRIVATE');
    await client.setCollectionAcl('users', 'ADMINONLY');
    assert.deepEqual(sent('ModifyDatabaseACL').at(-1)?.data, {
      CollectionName: 'users',
      EnvId: 'prod-1a2b',
      AclTag: 'ADMINONLY',
    });
  });

  it('the storage rule through DescribeStorageSafeRule / ModifyStorageSafeRule on the env bucket', async () => {
    const rule = { read: 'auth != null', write: 'resource.openid == auth.openid' };
    respond = (action) =>
      action === 'DescribeStorageSafeRule' ? { AclTag: 'CUSTOM', Rule: JSON.stringify(rule) } : {};
    assert.deepEqual(await client.getStorageRule(), { acl: 'CUSTOM', rule });
    await client.setStorageRule(rule);
    const modify = sent('ModifyStorageSafeRule').at(-1)?.data;
    assert.equal(modify?.['Bucket'], '7072-prod-1a2b-1300000000');
    assert.equal(modify?.['AclTag'], 'CUSTOM');
    assert.deepEqual(JSON.parse(String(modify?.['Rule'])), rule);
  });

  it('reads a function (cron inside TriggerDesc JSON) and answers null for one that does not exist', async () => {
    respond = (_a, data) =>
      data['FunctionName'] === 'points'
        ? ACTIVE
        : { Error: { Code: 'ResourceNotFound.Function', Message: 'not found' } };
    const fn = await client.getFunction('points');
    assert.equal(fn?.runtime, 'Nodejs16.13');
    assert.deepEqual(fn?.env, { POINTS_RESULT_TEMPLATE_ID: 'tmpl' });
    assert.deepEqual(fn?.triggers, [{ name: 'daily', type: 'timer', config: '0 0 9 * * * *' }]);
    assert.equal(await client.getFunction('stations'), null);
  });

  it('CreateFunction carries the runtime, timeout, memory, env, description and installs dependencies', async () => {
    const dist = tempDir('redsail-mgr-');
    fs.mkdirSync(path.join(dist, 'points'));
    fs.writeFileSync(path.join(dist, 'points', 'index.js'), 'exports.main = async () => ({});\n');
    respond = (action) => (action === 'GetFunction' ? ACTIVE : {});
    const settings = {
      name: 'points',
      runtime: 'Nodejs16.13',
      timeout: 30,
      memorySize: 512,
      description: 'redsail code sha256:0123456789abcdef',
      envVariables: { POINTS_RESULT_TEMPLATE_ID: 'tmpl' },
    };
    await client.createFunction(settings, path.join(dist, 'points'), [
      { name: 'daily', type: 'timer', config: '0 0 9 * * * *' },
    ]);
    const create = sent('CreateFunction').at(-1)?.data;
    assert.equal(create?.['Runtime'], 'Nodejs16.13');
    assert.equal(create?.['Timeout'], 30);
    assert.equal(create?.['MemorySize'], 512);
    assert.equal(create?.['Handler'], 'index.main');
    assert.equal(create?.['InstallDependency'], 'TRUE');
    assert.equal(create?.['Description'], settings.description);
    assert.deepEqual(create?.['Environment'], { Variables: [{ Key: 'POINTS_RESULT_TEMPLATE_ID', Value: 'tmpl' }] });
    assert.deepEqual(zips.at(-1), { name: 'points', root: dist });
    assert.deepEqual(JSON.parse(String(sent('BatchCreateTrigger').at(-1)?.data['Triggers'])), [
      { TriggerName: 'daily', Type: 'timer', TriggerDesc: '0 0 9 * * * *' },
    ]);
  });

  it('a config update sends the whole env set and no trigger; triggers are their own calls', async () => {
    respond = (action) => (action === 'GetFunction' ? ACTIVE : {});
    const triggersBefore = sent('BatchCreateTrigger').length;
    await client.updateFunctionConfig({
      name: 'points',
      runtime: 'Nodejs16.13',
      timeout: 30,
      memorySize: 512,
      description: 'redsail code sha256:fedcba9876543210',
      envVariables: { POINTS_RESULT_TEMPLATE_ID: 'new', OTHER_TEMPLATE_ID: 'x' },
    });
    const update = sent('UpdateFunctionConfiguration').at(-1)?.data;
    assert.deepEqual(update?.['Environment'], {
      Variables: [
        { Key: 'POINTS_RESULT_TEMPLATE_ID', Value: 'new' },
        { Key: 'OTHER_TEMPLATE_ID', Value: 'x' },
      ],
    });
    assert.equal(update?.['Description'], 'redsail code sha256:fedcba9876543210');
    assert.equal(sent('BatchCreateTrigger').length, triggersBefore);
    await client.deleteTrigger('points', 'daily');
    assert.deepEqual(sent('DeleteTrigger').at(-1)?.data, {
      FunctionName: 'points',
      Namespace: 'prod-1a2b',
      TriggerName: 'daily',
      Type: 'timer',
    });
  });
});
