// WeChat's asynchronous image check (security.mediaCheckAsync → the wxa_media_check push, routed to
// the jobs function): an uploaded image others will see is held until the verdict, shown to its
// uploader marked pending, dropped for everyone else when rejected; the verdict is taken only from
// the push; the hourly job asks again about a check that got no answer. The local cloud answers at
// once through the same push path (a file named …risky… fails); the tests hold its pushes to look
// in between.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { mediaCheckId } from '../../cloud/core/content/media-docs';
import { callerCache, okData, ROOT, seedOrgFixture, startTestCloud, uploadPhoto } from './helpers';
import { brandContent, publishBrand } from './brands-fixture';
import { fireAt } from './jobs-fixture';

describe('image check: held until WeChat’s verdict', () => {
  let cloud: LocalCloud;
  let as: ReturnType<typeof callerCache>;
  const b = async (openid: string, action: string, data?: unknown) => (await as(openid))('brands', action, data);
  const files: Record<string, string> = {};

  before(async () => {
    cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions'), holdPushes: true });
    seedOrgFixture(cloud.db);
    as = callerCache(cloud);
    for (const name of ['cover', 'harbour', 'risky-one']) files[name] = await uploadPhoto(cloud, 'sec_a1', `${name}.png`, 'brands');
  });
  after(() => cloud.close());

  const check = (fileId: string) => cloud.db.find('mediaChecks', { _id: mediaCheckId(fileId) })[0];

  it('others see a picture only once it passed; its uploader sees 审核中; a rejected one never reaches others', async () => {
    const content = brandContent({
      cover: files['cover'],
      gallery: [
        { fileId: files['harbour'], caption: '港口' },
        { fileId: files['risky-one'], caption: '待审' },
      ],
    });
    const id = await publishBrand(b, 'sec_a1', 'br_a1', content);
    // One check per picture, asked once: saving the draft and publishing it did not ask twice.
    assert.equal(cloud.pushes.pending.length, 3);
    for (const f of Object.values(files)) assert.equal(check(f)?.['status'], 'pending');

    // Before the verdict: a member sees the brand without its pictures; the editor sees them, marked.
    const before = await b('mem_a2', 'brand', { id });
    assert.equal(before.data.brand.cover, '');
    assert.deepEqual(before.data.brand.gallery, []);
    assert.deepEqual(before.imageReview, {});
    const own = await b('sec_a1', 'brand', { id });
    assert.equal(own.data.brand.cover, files['cover']);
    assert.equal(own.data.brand.gallery.length, 2);
    assert.deepEqual(own.imageReview, { [files['cover']!]: 'pending', [files['harbour']!]: 'pending', [files['risky-one']!]: 'pending' });
    // The carousel and the matrix are gated alike, and so is 首页, which shows the carousel too.
    assert.ok(!JSON.stringify(okData(await b('mem_a2', 'matrix', {}))).includes(files['cover']!));
    const carousel = okData(await b('admin_a', 'carousel', { orgId: 'org_a' }));
    okData(await b('admin_a', 'saveCarousel', { baseVersion: carousel.version, items: [{ kind: 'brand', id }] }));
    const home = (await as('mem_a2'))('home', 'get', {});
    assert.ok(!JSON.stringify(okData(await home)).includes(files['cover']!), '首页 shows a picture still being checked');

    // WeChat answers (the local cloud pushes its verdicts to the jobs function).
    const outcomes = (await cloud.pushes.flush()) as Array<{ ok: boolean; data: { outcome: string } }>;
    assert.deepEqual(outcomes.map((o) => o.data.outcome).sort(), ['pass', 'pass', 'rejected']);

    const after = await b('mem_a2', 'brand', { id });
    assert.equal(after.data.brand.cover, files['cover']);
    assert.deepEqual(after.data.brand.gallery, [{ fileId: files['harbour'], caption: '港口' }]);
    const ownAfter = await b('sec_a1', 'brand', { id });
    assert.deepEqual(ownAfter.imageReview, { [files['risky-one']!]: 'rejected' });
    // The uploader is told once, in 消息.
    const told = cloud.db.find('messages', { openid: 'sec_a1', kind: 'image_rejected' });
    assert.equal(told.length, 1);
    assert.equal(told[0]!['refId'], files['risky-one']);
  });

  it('takes the verdict only from WeChat’s push: a client’s forged event, an unknown trace and a second verdict change nothing', async () => {
    const file = await uploadPhoto(cloud, 'sec_a1', 'quay.png', 'brands');
    const id = await publishBrand(b, 'sec_a1', 'br_a1', brandContent({ cover: file }));
    const [event] = cloud.pushes.pending.filter((e) => e['trace_id'] === check(file)?.['traceId']);
    assert.ok(event);
    const forged = { ...event, result: { suggest: 'pass', label: 100 } };

    // A person's app calling jobs with the event: OPENID and SOURCE wx_client.
    assert.deepEqual(await cloud.functions.invoke('jobs', forged, { openid: 'sec_a1', appid: 'wxapp' }), {
      ok: false,
      code: 'FORBIDDEN',
      message: '该事件只能由微信推送',
    });
    // The push path, but a trace id WeChat never gave.
    const unknown = await cloud.functions.invokeServer('jobs', { ...forged, trace_id: 'guessed-trace' }, 'wx_unknown', 'o_x');
    assert.equal((unknown as { data: { outcome: string } }).data.outcome, 'unknown_trace');
    assert.equal(check(file)?.['status'], 'pending');
    assert.equal((await b('mem_a2', 'brand', { id })).data.brand.cover, '');

    // WeChat's own verdict (risky), then a late second one saying pass: the first stands.
    const risky = { ...event, result: { suggest: 'risky', label: 20002 } };
    assert.equal(((await cloud.functions.invokeServer('jobs', risky, 'wx_unknown', 'o_sys')) as { data: { outcome: string } }).data.outcome, 'rejected');
    const late = await cloud.functions.invokeServer('jobs', forged, 'wx_unknown', 'o_sys');
    assert.equal((late as { data: { outcome: string } }).data.outcome, 'already_decided');
    assert.equal(check(file)?.['status'], 'rejected');
    assert.equal((await b('mem_a2', 'brand', { id })).data.brand.cover, '');
    await cloud.pushes.flush(); // the local verdict arrives last: still decided
    assert.equal(check(file)?.['status'], 'rejected');
  });

  it('the hourly job asks again about a check whose call failed, and then it can pass', async () => {
    const file = await uploadPhoto(cloud, 'sec_a1', 'berth.png', 'brands');
    const now = new Date('2026-03-04T10:00:00+08:00');
    // As a failed mediaCheckAsync leaves it: pending, no trace id.
    cloud.db.insert('mediaChecks', [
      { _id: mediaCheckId(file), fileId: file, owner: 'sec_a1', status: 'pending', traceId: null, label: null, attempts: 1, createdAt: now, askedAt: now, decidedAt: null },
    ]);
    await cloud.pushes.flush();
    const run = await fireAt(cloud, now);
    assert.equal(run.data.tasks['mediaChecks']?.['asked'], 1);
    assert.equal(check(file)?.['attempts'], 2);
    assert.ok(check(file)?.['traceId']);
    await cloud.pushes.flush();
    assert.equal(check(file)?.['status'], 'pass');
    // Nothing left to ask about.
    assert.equal((await fireAt(cloud, now)).data.tasks['mediaChecks']?.['asked'], 0);
  });
});
