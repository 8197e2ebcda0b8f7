import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { okData, refusedWith } from './helpers';
import { brandContent, image, publishBrand, startBrandsCloud } from './brands-fixture';
import { API } from '../../contracts/api';
import { brandsActions } from '../../cloud/core/brands/actions';
import { overviewActions } from '../../cloud/core/overview/actions';

it('implements every action the contracts name, and no other', () => {
  assert.deepEqual(Object.keys(brandsActions).sort(), Object.keys(API.brands).sort());
  assert.deepEqual(Object.keys(overviewActions).sort(), Object.keys(API.overview).sort());
});

describe('brands: editing, drafts and publishing', () => {
  let cloud: LocalCloud;
  let b: Awaited<ReturnType<typeof startBrandsCloud>>['b'];
  before(async () => ({ cloud, b } = await startBrandsCloud()));
  after(() => cloud.close());
  const stored = (id: string) => cloud.db.find('brands', { _id: id })[0] as any;

  it('a secretary edits their own branch brand, not another branch’s nor the main brand', async () => {
    const saved = okData(
      await b('sec_a1', 'saveBrand', { branchId: 'br_a1', baseVersion: 0, content: brandContent() }),
    );
    assert.equal(saved.brand.id, 'b-br_a1');
    assert.equal(saved.state.version, 1);
    assert.equal(saved.state.canPublish, false);
    refusedWith(
      await b('sec_a1', 'saveBrand', { branchId: 'br_a2', baseVersion: 0, content: brandContent() }),
      'FORBIDDEN',
      /本支部/,
    );
    refusedWith(await b('sec_a1', 'brandDraft', { branchId: 'br_a2' }), 'FORBIDDEN');
    refusedWith(
      await b('sec_a1', 'saveBrand', { branchId: null, baseVersion: 0, content: brandContent() }),
      'FORBIDDEN',
      /单位管理员/,
    );
    refusedWith(
      await b('admin_b', 'saveBrand', { branchId: 'br_a1', baseVersion: 1, content: brandContent() }),
      'FORBIDDEN',
    );
    assert.equal(cloud.db.find('brands', { _id: 'b-br_a2' }).length, 0);
  });

  it('drafts stay invisible to everyone but their editors until the org admin publishes', async () => {
    refusedWith(await b('mem_a1', 'brand', { id: 'b-br_a1' }), 'NOT_FOUND');
    refusedWith(await b('sec_a2', 'brand', { id: 'b-br_a1' }), 'NOT_FOUND');
    assert.equal(okData(await b('mem_a1', 'matrix', {})).tiles.find((t: any) => t.branchId === 'br_a1').brandId, null);
    // Only the org admin publishes.
    refusedWith(await b('sec_a1', 'publish', { kind: 'brand', id: 'b-br_a1', version: 1 }), 'FORBIDDEN', /单位管理员/);
    refusedWith(await b('sec_a2', 'publish', { kind: 'brand', id: 'b-br_a1', version: 1 }), 'NOT_FOUND');
    okData(await b('admin_a', 'publish', { kind: 'brand', id: 'b-br_a1', version: 1 }));
    const view = okData(await b('mem_a2', 'brand', { id: 'b-br_a1' }));
    assert.equal(view.brand.name, '红帆领航、生态卫士');
    assert.equal(view.canEdit, false);
    assert.equal(view.share.path, '/packages/brands/pages/brand/index?id=b-br_a1');
    assert.match(view.share.title, /红帆领航/);
  });

  it('editing a published brand changes nothing anyone sees until the reviewed version is published', async () => {
    const saved = okData(
      await b('sec_a1', 'saveBrand', {
        branchId: 'br_a1',
        baseVersion: 1,
        content: brandContent({ name: '红帆改名' }),
      }),
    );
    assert.equal(saved.state.unpublishedChanges, true);
    assert.equal(okData(await b('mem_a1', 'brand', { id: 'b-br_a1' })).brand.name, '红帆领航、生态卫士');
    // The admin reviewed version 2; the secretary saves version 3 meanwhile: publishing 2 is refused.
    okData(
      await b('sec_a1', 'saveBrand', {
        branchId: 'br_a1',
        baseVersion: 2,
        content: brandContent({ name: '偷换内容' }),
      }),
    );
    refusedWith(await b('admin_a', 'publish', { kind: 'brand', id: 'b-br_a1', version: 2 }), 'CONFLICT', /重新查看/);
    assert.equal(okData(await b('mem_a1', 'brand', { id: 'b-br_a1' })).brand.name, '红帆领航、生态卫士');
    okData(await b('admin_a', 'publish', { kind: 'brand', id: 'b-br_a1', version: 3 }));
    assert.equal(okData(await b('mem_a1', 'brand', { id: 'b-br_a1' })).brand.name, '偷换内容');
  });

  it('a save over someone else’s newer version is refused and changes nothing', async () => {
    const before = stored('b-br_a1');
    refusedWith(
      await b('admin_a', 'saveBrand', { branchId: 'br_a1', baseVersion: 1, content: brandContent({ name: '旧版本' }) }),
      'CONFLICT',
      /他人修改/,
    );
    refusedWith(
      await b('sec_a1', 'saveBrand', { branchId: 'br_a1', baseVersion: 0, content: brandContent() }),
      'CONFLICT',
    );
    assert.deepEqual(stored('b-br_a1'), before);
  });

  it('refuses a blocked word naming the field it is in, and saves nothing', async () => {
    const before = stored('b-br_a1');
    const save = (over: Record<string, unknown>) =>
      b('sec_a1', 'saveBrand', { branchId: 'br_a1', baseVersion: 3, content: brandContent(over) });
    refusedWith(await save({ slogan: '远离赌博' }), 'INVALID_INPUT', /^标语含有不适宜发布的内容$/);
    const story = brandContent().story as any[];
    refusedWith(
      await save({ story: [story[0], story[1], { type: 'paragraph', text: '这里有博 彩信息' }] }),
      'INVALID_INPUT',
      /^故事第 3 段含有不适宜发布的内容$/,
    );
    refusedWith(
      await save({ honours: [{ name: '办证先进', level: 'other', year: 2024, issuer: '' }] }),
      'INVALID_INPUT',
      /^荣誉第 1 项含有/,
    );
    refusedWith(
      await save({ gallery: [{ fileId: image('sec_a1', 'g1'), caption: '色情' }] }),
      'INVALID_INPUT',
      /^图集第 1 张的说明含有/,
    );
    refusedWith(
      await save({
        results: [{ kind: 'static', figure: { label: '毒品查获', value: 1, unit: '', year: null, source: '' } }],
      }),
      'INVALID_INPUT',
      /^成效第 1 项的名称含有/,
    );
    assert.deepEqual(stored('b-br_a1'), before);
  });

  it('bad input gets a clear Chinese message and changes nothing', async () => {
    const before = stored('b-br_a1');
    const save = (content: unknown) => b('sec_a1', 'saveBrand', { branchId: 'br_a1', baseVersion: 3, content });
    refusedWith(await save(brandContent({ name: '红' })), 'INVALID_INPUT', /品牌名称至少 2 个字/);
    refusedWith(await save(brandContent({ slogan: '标语\u202e反向' })), 'INVALID_INPUT', /标语不能包含不可见字符/);
    refusedWith(await save(brandContent({ story: [{ type: 'html', text: '<script>' }] })), 'INVALID_INPUT');
    refusedWith(await save(brandContent({ logo: 'https://evil.example/x.png' })), 'INVALID_INPUT', /图片无效/);
    refusedWith(await save({ ...brandContent(), extra: 1 }), 'INVALID_INPUT');
    refusedWith(
      await save(brandContent({ results: [{ kind: 'live', metric: 'salary', label: '' }] })),
      'INVALID_INPUT',
    );
    refusedWith(
      await b('sec_a1', 'saveBrand', { branchId: '__proto__', baseVersion: 3, content: brandContent() }),
      'INVALID_INPUT',
      /保留名称/,
    );
    assert.deepEqual(stored('b-br_a1'), before);
  });

  it('images must be the editor’s own uploads or already in the brand', async () => {
    refusedWith(
      await b('sec_a1', 'saveBrand', {
        branchId: 'br_a1',
        baseVersion: 3,
        content: brandContent({ cover: image('sec_a2', 'c') }),
      }),
      'FORBIDDEN',
      /自己上传/,
    );
    // Named as one's own but never uploaded, or in another environment: refused too.
    for (const cover of [image('sec_a1', 'never'), `cloud://other-env.bucket/brands/sec_a1/c.png`]) {
      refusedWith(
        await b('sec_a1', 'saveBrand', { branchId: 'br_a1', baseVersion: 3, content: brandContent({ cover }) }),
        'INVALID_INPUT',
        /图片(不存在|不是在本小程序上传的)/,
      );
    }
    okData(
      await b('sec_a1', 'saveBrand', {
        branchId: 'br_a1',
        baseVersion: 3,
        content: brandContent({ cover: image('sec_a1', 'c') }),
      }),
    );
    // The org admin keeps the secretary's cover while editing.
    okData(
      await b('admin_a', 'saveBrand', {
        branchId: 'br_a1',
        baseVersion: 4,
        content: brandContent({ cover: image('sec_a1', 'c'), slogan: '改' }),
      }),
    );
  });

  it('lists what each caller may edit', async () => {
    const mine = okData(await b('sec_a1', 'manageBrands', {}));
    assert.deepEqual(
      mine.map((m: any) => m.brandId),
      ['b-br_a1'],
    );
    assert.equal(mine[0].state.version, 5);
    const all = okData(await b('admin_a', 'manageBrands', {}));
    assert.deepEqual(
      all.map((m: any) => m.brandId),
      ['o-org_a', 'b-br_a1', 'b-br_a2', 'b-br_a3'],
    );
    assert.equal(all[0].state, null);
    refusedWith(await b('mem_a1', 'manageBrands', {}), 'FORBIDDEN');
  });

  it('takes a brand down: it leaves the matrix and the public read', async () => {
    const id = await publishBrand(b, 'sec_a2', 'br_a2', brandContent({ name: '任城灯塔红' }));
    assert.equal(
      okData(await b('crew_x', 'matrix', { orgId: 'org_a' })).tiles.find((t: any) => t.branchId === 'br_a2').name,
      '任城灯塔红',
    );
    refusedWith(await b('sec_a2', 'unpublish', { kind: 'brand', id }), 'FORBIDDEN');
    okData(await b('admin_a', 'unpublish', { kind: 'brand', id }));
    refusedWith(await b('mem_a2', 'brand', { id }), 'NOT_FOUND');
    assert.equal(okData(await b('sec_a2', 'brandDraft', { branchId: 'br_a2' })).content.name, '任城灯塔红');
  });
});
