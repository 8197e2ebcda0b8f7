import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { JSON_HEADERS, login, seedOrgFixture, startTestCloud, tempDir } from './helpers';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(14)]);
const HTML = Buffer.from('<html><script>alert(1)</script></html>');

/** Fixture people (helpers.seedOrgFixture): mem_a1 in br_a1 (secretary sec_a1, org admin admin_a), mem_a2 in br_a2, admin_b of org_b. */
describe('local cloud storage (h5 photo uploads)', () => {
  let cloud: LocalCloud;
  const tokens: Record<string, string> = {};
  const upload = (body: unknown, who: string | null = 'mem_a1') =>
    fetch(`${cloud.url}/api/storage/upload`, {
      method: 'POST',
      headers: who ? { ...JSON_HEADERS, authorization: `Bearer ${tokens[who]}` } : JSON_HEADERS,
      body: JSON.stringify(body),
    });
  const get = (p: string, who: string | null) =>
    fetch(`${cloud.url}${p}`, { headers: who ? { authorization: `Bearer ${tokens[who]}` } : {} });
  const signedUrls = async (fileIDs: unknown, who = 'mem_a1') => {
    const res = await fetch(`${cloud.url}/api/storage/urls`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, authorization: `Bearer ${tokens[who]}` },
      body: JSON.stringify({ fileIDs }),
    });
    return { status: res.status, body: (await res.json()) as { data: { urls: Array<string | null> } } };
  };
  const photo = 'cloud://local.local-bucket/claims/mem_a1/p1.png';

  before(async () => {
    cloud = await startTestCloud({ dataDir: path.join(tempDir(), 'data') });
    seedOrgFixture(cloud.db);
    for (const who of ['mem_a1', 'mem_a2', 'sec_a1', 'sec_a2', 'admin_a', 'admin_b', 'stranger']) tokens[who] = await login(cloud, who);
    const res = await upload({ cloudPath: 'claims/mem_a1/p1.png', contentBase64: PNG.toString('base64') });
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { data: { fileID: string } }).data.fileID, photo);
  });
  after(() => cloud.close());

  it('serves an evidence photo to its owner, their branch secretary and their org admin only', async () => {
    for (const who of ['mem_a1', 'sec_a1', 'admin_a']) {
      const got = await get('/storage/claims/mem_a1/p1.png', who);
      assert.equal(got.status, 200, who);
      assert.equal(got.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await got.arrayBuffer()), PNG);
    }
    for (const who of ['mem_a2', 'sec_a2', 'admin_b', 'stranger']) assert.equal((await get('/storage/claims/mem_a1/p1.png', who)).status, 403, who);
    const anonymous = await get('/storage/claims/mem_a1/p1.png', null);
    assert.equal(anonymous.status, 401, 'no session, no photo');
    const forged = await fetch(`${cloud.url}/storage/claims/mem_a1/p1.png`, { headers: { authorization: `Bearer ${tokens['mem_a1']}.x` } });
    assert.equal(forged.status, 401);
  });

  it('gives short-lived signed URLs (for <img>) only for files the caller may read', async () => {
    const own = await signedUrls([photo]);
    assert.equal(own.status, 200);
    const url = own.body.data.urls[0]!;
    assert.match(url, /^\/storage\/claims\/mem_a1\/p1\.png\?exp=\d+&sig=[\w-]+$/);
    const img = await fetch(`${cloud.url}${url}`); // no header, as an <img> asks
    assert.equal(img.status, 200);
    assert.deepEqual(Buffer.from(await img.arrayBuffer()), PNG);
    assert.equal((await signedUrls([photo], 'sec_a1')).body.data.urls[0]?.startsWith('/storage/'), true);
    assert.deepEqual((await signedUrls([photo, 'cloud://elsewhere/x.png'], 'mem_a2')).body.data.urls, [null, null]);
    const tampered = url.replace('p1.png', 'p2.png');
    assert.equal((await fetch(`${cloud.url}${tampered}`)).status, 403);
    const expired = url.replace(/exp=\d+/, 'exp=1000');
    assert.equal((await fetch(`${cloud.url}${expired}`)).status, 403);
    assert.equal((await signedUrls('not-a-list')).status, 400);
  });

  it('refuses another user’s folder, other file types, fake images, empty files and strangers', async () => {
    const other = await upload({ cloudPath: 'claims/mem_a2/p1.png', contentBase64: PNG.toString('base64') });
    assert.equal(other.status, 403);
    assert.match(((await other.json()) as { message: string }).message, /自己的目录/);
    assert.equal((await upload({ cloudPath: 'claims/mem_a1/x.exe', contentBase64: 'AA==' })).status, 400);
    assert.equal((await upload({ cloudPath: 'claims/mem_a1/../../x.png', contentBase64: 'AA==' })).status, 400);
    assert.equal((await upload({ cloudPath: 'claims/mem_a1/e.png', contentBase64: '' })).status, 400);
    const html = await upload({ cloudPath: 'claims/mem_a1/x.png', contentBase64: HTML.toString('base64') });
    assert.equal(html.status, 400, 'HTML named .png is not an image');
    assert.equal(((await html.json()) as { code: string }).code, 'NOT_AN_IMAGE');
    // h5 names picked blobs .jpg whatever they are: the bytes decide the type served.
    assert.equal((await upload({ cloudPath: 'claims/mem_a1/named.jpg', contentBase64: PNG.toString('base64') })).status, 200);
    assert.equal((await get('/storage/claims/mem_a1/named.jpg', 'mem_a1')).headers.get('content-type'), 'image/png');
    for (const [name, bytes] of [['j.jpg', JPEG], ['g.gif', GIF], ['w.webp', WEBP]] as const) {
      assert.equal((await upload({ cloudPath: `claims/mem_a1/${name}`, contentBase64: bytes.toString('base64') })).status, 200, name);
    }
    assert.equal((await upload({ cloudPath: 'claims/mem_a1/p2.png', contentBase64: PNG.toString('base64') }, null)).status, 401);
    assert.equal((await get('/storage/claims/mem_a1/none.png', 'mem_a1')).status, 404);
  });

  it('answers 400, not 500, for a path that is not a string or not well formed', async () => {
    for (const cloudPath of [42, null, { a: 1 }, ['claims/mem_a1/p9.png'], true]) {
      const res = await upload({ cloudPath, contentBase64: PNG.toString('base64') });
      assert.equal(res.status, 400, JSON.stringify(cloudPath));
    }
    assert.equal((await upload({ cloudPath: 'claims/mem_a1/p9.png', contentBase64: 12 })).status, 400);
    for (const p of ['/storage/%E0%A4%A', '/storage/claims/mem_a1/..%2F..%2Fx.png', '/storage/claims/mem_a1/p1.png%00', '/storage/', '/storage/etc/passwd']) {
      const res = await get(p, 'mem_a1');
      assert.equal(res.status, 400, p);
    }
  });

  it('sends X-Content-Type-Options: nosniff with every storage answer', async () => {
    const answers = [
      await get('/storage/claims/mem_a1/p1.png', 'mem_a1'),
      await get('/storage/claims/mem_a1/p1.png', null),
      await get('/storage/claims/mem_a1/none.png', 'mem_a1'),
      await get('/storage/bad', 'mem_a1'),
      await upload({ cloudPath: 'claims/mem_a1/x.exe', contentBase64: 'AA==' }),
      await upload({ cloudPath: 'claims/mem_a1/p3.png', contentBase64: PNG.toString('base64') }),
    ];
    for (const res of answers) assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${res.url} ${res.status}`);
  });

  it('keeps avatars: anyone signed in may read them, only the owner may write them', async () => {
    const mine = await upload({ cloudPath: 'avatars/mem_a1-1767225600000.jpg', contentBase64: JPEG.toString('base64') });
    assert.equal(mine.status, 200);
    assert.equal((await upload({ cloudPath: 'avatars/mem_a2-1767225600000.jpg', contentBase64: JPEG.toString('base64') })).status, 403);
    assert.equal((await get('/storage/avatars/mem_a1-1767225600000.jpg', 'stranger')).status, 200);
    assert.equal((await get('/storage/avatars/mem_a1-1767225600000.jpg', null)).status, 401);
  });

  it('serves showcase pictures to anyone, signed in or not; only their uploader writes them', async () => {
    assert.equal((await upload({ cloudPath: 'brands/sec_a1/cover.png', contentBase64: PNG.toString('base64') }, 'sec_a1')).status, 200);
    assert.equal((await upload({ cloudPath: 'brands/sec_a1/other.png', contentBase64: PNG.toString('base64') }, 'mem_a1')).status, 403);
    const anonymous = await get('/storage/brands/sec_a1/cover.png', null);
    assert.equal(anonymous.status, 200);
    assert.deepEqual(Buffer.from(await anonymous.arrayBuffer()), PNG);
    // Evidence photos stay private.
    assert.equal((await get('/storage/claims/mem_a1/p1.png', null)).status, 401);
  });

  it('keeps certificate photos to their owner alone: no secretary, admin or signed URL for anyone else', async () => {
    const own = await upload({ cloudPath: 'certificates/mem_a1/passport.png', contentBase64: PNG.toString('base64') });
    assert.equal(own.status, 200);
    const fileID = ((await own.json()) as { data: { fileID: string } }).data.fileID;
    assert.equal(fileID, 'cloud://local.local-bucket/certificates/mem_a1/passport.png');
    assert.equal((await upload({ cloudPath: 'certificates/mem_a2/passport.png', contentBase64: PNG.toString('base64') })).status, 403);
    assert.equal((await get('/storage/certificates/mem_a1/passport.png', 'mem_a1')).status, 200);
    for (const who of ['mem_a2', 'sec_a1', 'admin_a', 'stranger']) {
      assert.equal((await get('/storage/certificates/mem_a1/passport.png', who)).status, 403, who);
      assert.deepEqual((await signedUrls([fileID], who)).body.data.urls, [null], who);
    }
    assert.equal((await get('/storage/certificates/mem_a1/passport.png', null)).status, 401);
    assert.match((await signedUrls([fileID])).body.data.urls[0]!, /^\/storage\/certificates\/mem_a1\/passport\.png\?exp=/);
  });

  it('holds each person to a quota (50 MB)', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(4.9 * 1024 * 1024)]).toString('base64');
    for (let i = 0; i < 10; i++) {
      const res = await upload({ cloudPath: `claims/admin_b/q${i}.png`, contentBase64: big }, 'admin_b');
      assert.equal(res.status, 200, `file ${i}`);
    }
    const over = await upload({ cloudPath: 'claims/admin_b/q10.png', contentBase64: big }, 'admin_b');
    assert.equal(over.status, 413);
    assert.equal(((await over.json()) as { code: string }).code, 'QUOTA_EXCEEDED');
    const replace = await upload({ cloudPath: 'claims/admin_b/q0.png', contentBase64: PNG.toString('base64') }, 'admin_b');
    assert.equal(replace.status, 200, 'replacing a file counts only the difference');
  });
});
