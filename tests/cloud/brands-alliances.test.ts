import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { callerCache, chinaDay, okData, refusedWith, userDoc } from './helpers';
import { activityDraft, startBrandsCloud } from './brands-fixture';

function allianceContent(over: Record<string, unknown> = {}) {
  return {
    name: '港航重大项目党建联盟',
    purpose: '共商共建，形成合力。',
    cover: null,
    logo: null,
    story: [],
    members: [
      { key: 'm1', unit: '济宁港航', branchName: '机关第一党支部', branchId: 'br_a1', lead: true },
      { key: 'm2', unit: '安庆港航', branchName: '安庆第一党支部', branchId: 'br_b1', lead: false },
      { key: 'm3', unit: '南宁海关', branchName: '综合业务处党支部', branchId: null, lead: false },
    ],
    mechanisms: [{ name: '政治理论联学', text: '定期学习。' }],
    platforms: [{ name: '党史学习教育学习平台', text: '' }],
    results: [],
    ...over,
  };
}

describe('brands: 党建联盟', () => {
  let cloud: LocalCloud;
  let b: Awaited<ReturnType<typeof startBrandsCloud>>['b'];
  let aid: string;
  before(async () => {
    ({ cloud, b } = await startBrandsCloud());
    cloud.db.insert('users', [
      userDoc('sec_b1', '吴书记', ['crew', 'member', 'branch_admin'], { orgId: 'org_b', branchId: 'br_b1' }),
    ]);
  });
  after(() => cloud.close());

  const offer = (who: string, requestId: string, over: Record<string, unknown>) =>
    b(who, 'postOffer', {
      allianceId: aid,
      requestId,
      kind: 'resource',
      memberKey: 'm1',
      title: '党性教育基地',
      detail: '',
      category: 'venue',
      tags: [],
      ...over,
    });

  it('the org admin creates it with member units, some linked to branches in other organisations', async () => {
    refusedWith(
      await b('sec_a1', 'createAlliance', { requestId: 'req-aln-0001', content: allianceContent() }),
      'FORBIDDEN',
    );
    refusedWith(
      await b('admin_a', 'createAlliance', {
        requestId: 'req-aln-0001',
        content: allianceContent({
          members: [allianceContent().members[0], { ...allianceContent().members[1], branchId: 'br_gone' }],
        }),
      }),
      'INVALID_INPUT',
      /成员单位第 2 项关联的支部不存在/,
    );
    refusedWith(
      await b('admin_a', 'createAlliance', {
        requestId: 'req-aln-0001',
        content: allianceContent({
          members: [allianceContent().members[0], { ...allianceContent().members[1], key: 'm1' }],
        }),
      }),
      'INVALID_INPUT',
      /成员编号重复/,
    );
    const draft = okData(
      await b('admin_a', 'createAlliance', { requestId: 'req-aln-0001', content: allianceContent() }),
    );
    aid = draft.allianceId;
    // Before publishing, secretaries of member branches cannot post, and nobody else sees it.
    refusedWith(await offer('sec_b1', 'req-offer-001', { memberKey: 'm2' }), 'NOT_FOUND');
    refusedWith(await b('sec_b1', 'alliance', { id: aid }), 'NOT_FOUND');
    okData(await b('admin_a', 'publish', { kind: 'alliance', id: aid, version: draft.state.version }));
    assert.deepEqual(
      okData(await b('crew_x', 'alliances', { orgId: 'org_a' })).map((a: any) => [a.name, a.members]),
      [['港航重大项目党建联盟', 3]],
    );
  });

  it('member branches’ secretaries post for their own unit only; the org admin for any member', async () => {
    refusedWith(await offer('sec_b1', 'req-offer-001', { memberKey: 'm1' }), 'FORBIDDEN', /本单位/);
    refusedWith(await offer('sec_a2', 'req-offer-001', { memberKey: 'm1' }), 'FORBIDDEN');
    refusedWith(await offer('mem_a1', 'req-offer-001', { memberKey: 'm1' }), 'FORBIDDEN');
    refusedWith(
      await offer('sec_a1', 'req-offer-001', { memberKey: 'm1', tags: ['赌博'] }),
      'INVALID_INPUT',
      /^标签第 1 个含有/,
    );
    okData(
      await offer('sec_a1', 'req-offer-001', {
        memberKey: 'm1',
        title: '红色驿站党性教育基地',
        category: 'venue',
        tags: ['党史学习', '现场教学'],
      }),
    );
    okData(await offer('sec_a1', 'req-offer-001', { memberKey: 'm1' })); // retried: once
    okData(
      await offer('sec_b1', 'req-offer-002', {
        kind: 'need',
        memberKey: 'm2',
        title: '需要党史学习场地',
        category: 'venue',
        tags: ['党史学习'],
      }),
    );
    okData(
      await offer('sec_b1', 'req-offer-003', {
        kind: 'resource',
        memberKey: 'm2',
        title: '口岸政策宣讲',
        category: 'approval',
        tags: ['政策解读'],
      }),
    );
    okData(
      await offer('admin_a', 'req-offer-004', {
        kind: 'need',
        memberKey: 'm3',
        title: '政策解读讲座',
        category: 'study',
        tags: ['政策解读'],
      }),
    );
    okData(
      await offer('admin_a', 'req-offer-005', {
        kind: 'need',
        memberKey: 'm1',
        title: '自家场地',
        category: 'venue',
        tags: ['现场教学'],
      }),
    );
    assert.equal(cloud.db.find('brandOffers', {}).length, 5);
  });

  it('bounds how often one person posts', async () => {
    const id = { _id: 'brandOffer:sec_a1' };
    const saved = cloud.db.find('rateLimits', id)[0]!;
    cloud.db.modify('rateLimits', id, { $set: { count: 30 } }, { multi: false, merge: true, upsert: false });
    refusedWith(await offer('sec_a1', 'req-offer-009', { memberKey: 'm1' }), 'RATE_LIMITED', /过于频繁/);
    assert.equal(cloud.db.find('brandOffers', { title: '党性教育基地' }).length, 0);
    cloud.db.modify(
      'rateLimits',
      id,
      { $set: { count: saved['count'] } },
      { multi: false, merge: true, upsert: false },
    );
  });

  it('shows which offers answer which needs, and why', async () => {
    const d = okData(await b('crew_x', 'alliance', { id: aid }));
    const title = (id: string) => [...d.resources, ...d.needs].find((o: any) => o.id === id).title;
    const matches = Object.fromEntries(
      d.matches.map((m: any) => [
        title(m.needId),
        m.resources.map((r: any) => [title(r.resourceId), r.score, r.reasons.join('；')]),
      ]),
    );
    assert.deepEqual(matches, {
      需要党史学习场地: [['红色驿站党性教育基地', 3, '同属“场地阵地”类；共同标签：党史学习']],
      政策解读讲座: [['口岸政策宣讲', 1, '共同标签：政策解读']],
      // A unit's own resource does not answer its own need.
      自家场地: [],
    });
    assert.deepEqual(d.canPostFor, []);
    assert.deepEqual(okData(await b('sec_b1', 'alliance', { id: aid })).canPostFor, ['m2']);
    assert.deepEqual(okData(await b('admin_a', 'alliance', { id: aid })).canPostFor, ['m1', 'm2', 'm3']);
  });

  it('closing: the poster or the org admin', async () => {
    const d = okData(await b('sec_b1', 'alliance', { id: aid }));
    const need = d.needs.find((o: any) => o.title === '需要党史学习场地');
    assert.equal(need.canClose, true);
    refusedWith(await b('sec_a1', 'closeOffer', { allianceId: aid, offerId: need.id }), 'FORBIDDEN');
    assert.equal(okData(await b('sec_b1', 'closeOffer', { allianceId: aid, offerId: need.id })).status, 'closed');
    const after = okData(await b('crew_x', 'alliance', { id: aid }));
    assert.equal(
      after.matches.some((m: any) => m.needId === need.id),
      false,
    );
  });

  it('records 联席会议 (org admin), with member units present', async () => {
    const meeting = (who: string, over: Record<string, unknown> = {}) =>
      b(who, 'addMeeting', {
        allianceId: aid,
        requestId: 'req-meet-0001',
        date: chinaDay().today,
        title: '第一次联席会议',
        place: '钦州港',
        units: ['m1', 'm2'],
        summary: '现场调研 30 万吨级油码头。',
        decisions: ['建立办实事项目清单'],
        images: [],
        ...over,
      });
    refusedWith(await meeting('sec_a1'), 'FORBIDDEN');
    refusedWith(await meeting('admin_a', { units: ['m9'] }), 'INVALID_INPUT', /不是联盟成员/);
    refusedWith(await meeting('admin_a', { decisions: ['好的', '禁止枪支'] }), 'INVALID_INPUT', /^议定事项第 2 条含有/);
    okData(await meeting('admin_a'));
    okData(await meeting('admin_a'));
    const d = okData(await b('mem_a1', 'alliance', { id: aid }));
    assert.deepEqual(
      d.meetings.map((m: any) => m.title),
      ['第一次联席会议'],
    );
    assert.equal(d.share.title, '港航重大项目党建联盟');
  });

  it('member branches hold joint activities under it; other units cannot', async () => {
    cloud.db.insert('branches', [
      {
        _id: 'br_b2',
        orgId: 'org_b',
        name: '安庆第二党支部',
        brand: null,
        inviteCode: null,
        memberCount: 0,
        createdAt: new Date(),
      },
    ]);
    cloud.db.insert('users', [
      userDoc('sec_b2', '郑书记', ['crew', 'member', 'branch_admin'], { orgId: 'org_b', branchId: 'br_b2' }),
    ]);
    const as = callerCache(cloud);
    const v = async (who: string, data: unknown) => (await as(who))('volunteer', 'save', data);
    const draft = activityDraft('联盟党史学习现场教学', { allianceId: aid });
    refusedWith(await v('sec_b2', draft), 'INVALID_INPUT', /不是成员/);
    const saved = okData(await v('sec_b1', draft));
    assert.equal(saved.allianceId, aid);
    okData(await (await as('sec_b1'))('volunteer', 'publish', { id: saved.id }));
    assert.deepEqual(
      okData(await b('crew_x', 'alliance', { id: aid })).activities.map((x: any) => x.title),
      ['联盟党史学习现场教学'],
    );
  });
});
