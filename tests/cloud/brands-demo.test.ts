import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { callerCache, chinaDay, okData, ROOT, startTestCloud, tempDir } from './helpers';

describe('brands demo seed', () => {
  let cloud: LocalCloud;
  let b: (openid: string, action: string, data?: unknown) => Promise<any>;
  before(async () => {
    cloud = await startTestCloud({
      functionsDir: path.join(ROOT, 'cloud', 'functions'),
      seedDemo: true,
      dataDir: path.join(tempDir(), 'data'),
    });
    const as = callerCache(cloud);
    b = async (openid, action, data) => (await as(openid))('brands', action, data);
  });
  after(() => cloud.close());

  it('shows 济舟先锋 and its five branch brands, with honours from the source and live numbers', async () => {
    const m = okData(await b('demo_crew', 'matrix', { orgId: 'org_jining' }));
    assert.equal(m.main.name, '济舟先锋');
    assert.equal(m.main.honours, 11);
    assert.deepEqual(
      m.tiles.map((t: any) => t.name).sort(),
      ['三好一强', '任城灯塔红、映耀运河清', '红帆领航、生态卫士', '鱼水情深、阳光服务', '齐聚合力 扬帆智慧'].sort(),
    );
    assert.ok(m.main.figures.find((f: any) => f.metric === 'members').value >= 4);
    const brand = okData(await b('demo_member_a', 'brand', { id: 'o-org_jining' })).brand;
    assert.ok(brand.honours.some((h: any) => h.issuer === '交通运输部' && h.level === 'national'));
    assert.equal(brand.story.find((s: any) => s.type === 'image').fileId, brand.gallery[1].fileId);
    // 红帆领航 has a newer draft waiting for the org admin.
    const mine = okData(await b('demo_admin', 'manageBrands', {})).find((x: any) => x.branchId === 'br_jiguan1');
    assert.equal(mine.state.unpublishedChanges, true);
  });

  it('serves the generated pictures from the local file store, offline', async () => {
    const brand = okData(await b('demo_crew', 'brand', { id: 'b-br_fuwu' })).brand;
    const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(brand.cover)!;
    const res = await fetch(`${cloud.url}/storage/${m[1]}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.equal(bytes.readUInt32BE(16), 640); // width from the IHDR chunk
  });

  it('has the carousel, 长江海事局’s projects with their results, 泉州’s tasks and the 北部湾 alliance', async () => {
    const c = okData(await b('demo_member_a', 'carousel', {}));
    assert.deepEqual(
      c.items.map((i: any) => i.kind),
      ['brand', 'brand', 'project', 'project', 'alliance'],
    );
    const cj = okData(await b('demo_crew', 'projects', { orgId: 'org_cjmsa', year: 2024 })).items;
    assert.deepEqual(cj.map((p: any) => p.leader).sort(), [
      '九江海事局党委书记',
      '安庆海事局党委书记',
      '芜湖海事局党委书记',
      '黄石海事局党委书记',
    ]);
    assert.ok(cj.every((p: any) => p.stage === 'conclude' && p.review === 'pass' && p.headline));
    const qz = okData(await b('demo_crew', 'project', { id: 'prj_demo_quanzhou' })).project;
    assert.equal(qz.tasks.length, 7);
    assert.deepEqual(qz.tasks[0].support, ['机关职能处室', '各海事处']);
    const { today } = chinaDay();
    const t6 = qz.tasks.find((t: any) => t.id === 't6');
    assert.equal(t6.overdue, t6.finalReview < today ? 'final' : t6.firstReview < today ? 'first' : null);
    const alliances = okData(await b('demo_crew', 'alliances', { orgId: 'org_bbw' }));
    assert.equal(alliances[0].name, '北部湾国际门户港重大项目党建联盟');
    const a = okData(await b('demo_crew', 'alliance', { id: alliances[0].id }));
    assert.equal(a.alliance.members.length, 11);
    assert.deepEqual(
      a.alliance.mechanisms.map((x: any) => x.name),
      ['政治理论联学', '实践活动联办', '优势资源共享', '党员队伍共建'],
    );
    assert.equal(a.alliance.platforms.length, 5);
    assert.ok(a.matches.every((m: any) => m.resources.length > 0));
    const jn = okData(await b('demo_member_a', 'project', { id: 'prj_demo_jining' }));
    assert.deepEqual(
      jn.activities.map((x: any) => x.title),
      ['水上安全知识进校园'],
    );
    assert.equal(jn.canEdit, false);
    assert.equal(okData(await b('demo_secretary', 'project', { id: 'prj_demo_jining' })).canEdit, true);
  });
});
