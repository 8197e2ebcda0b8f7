import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { JSON_HEADERS, login, startTestCloud, tempDir } from './helpers';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('local cloud storage (h5 photo uploads)', () => {
  let cloud: LocalCloud;
  let token: string;
  const upload = (body: unknown, t: string | null = token) =>
    fetch(`${cloud.url}/api/storage/upload`, {
      method: 'POST',
      headers: t ? { ...JSON_HEADERS, authorization: `Bearer ${t}` } : JSON_HEADERS,
      body: JSON.stringify(body),
    });

  before(async () => {
    cloud = await startTestCloud({ dataDir: path.join(tempDir(), 'data') });
    token = await login(cloud, 'member_a');
  });
  after(() => cloud.close());

  it('stores an image in the caller’s own folder and serves it back', async () => {
    const res = await upload({ cloudPath: 'claims/member_a/p1.png', contentBase64: PNG.toString('base64') });
    assert.equal(res.status, 200);
    const { data } = (await res.json()) as { data: { fileID: string } };
    assert.equal(data.fileID, 'cloud://local-env.local-bucket/claims/member_a/p1.png');
    const got = await fetch(`${cloud.url}/storage/claims/member_a/p1.png`);
    assert.equal(got.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await got.arrayBuffer()), PNG);
  });

  it('refuses another user’s folder, other file types, empty files and strangers', async () => {
    const other = await upload({ cloudPath: 'claims/member_b/p1.png', contentBase64: PNG.toString('base64') });
    assert.equal(other.status, 403);
    assert.match(((await other.json()) as { message: string }).message, /自己的目录/);
    assert.equal((await upload({ cloudPath: 'claims/member_a/x.exe', contentBase64: 'AA==' })).status, 400);
    assert.equal((await upload({ cloudPath: 'claims/member_a/../../x.png', contentBase64: 'AA==' })).status, 400);
    assert.equal((await upload({ cloudPath: 'claims/member_a/e.png', contentBase64: '' })).status, 400);
    assert.equal((await upload({ cloudPath: 'claims/member_a/p2.png', contentBase64: 'AA==' }, null)).status, 401);
    assert.equal((await fetch(`${cloud.url}/storage/claims/member_a/none.png`)).status, 404);
  });
});
