import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalCloud } from '../../cloud/local/server';
import { callerCache, chinaDay, okData, refusedWith, userDoc } from './helpers';
import { activityDraft, image, startBrandsCloud } from './brands-fixture';

const DAY = 86_400_000;
const dayOffset = (days: number) => chinaDay(new Date(Date.now() + days * DAY)).today;

function projectContent(over: Record<string, unknown> = {}) {
  return {
    title: '船员驿站 宜心相伴',
    leader: '安庆海事局党委书记',
    year: chinaDay().year,
    cover: null,
    background: [{ type: 'paragraph', text: '每年服务5000余名船员。' }],
    problem: '船员证书办理时限长。',
    measures: [{ type: 'paragraph', text: '特色打造“123”船员证书“无纸办理”模式。' }],
    expected: '办理时限压缩一半以上。',
    plan: { claim: dayOffset(-60), solve: dayOffset(30), conclude: dayOffset(90) },
    tasks: [
      {
        id: 't1',
        title: '证书无纸办理',
        lead: '政务中心',
        support: ['船员处'],
        firstReview: dayOffset(-10),
        finalReview: dayOffset(60),
      },
      {
        id: 't2',
        title: '建设水上服务区',
        lead: '通航处',
        support: [],
        firstReview: dayOffset(-20),
        finalReview: dayOffset(-1),
      },
      {
        id: 't3',
        title: '临时党支部',
        lead: '机关党委',
        support: [],
        firstReview: dayOffset(10),
        finalReview: dayOffset(80),
      },
    ],
    results: [{ label: '证书办理时限', unit: '天', before: 10, after: 5, year: null, source: '' }],
    ...over,
  };
}

describe('brands: 书记项目', () => {
  let cloud: LocalCloud;
  let b: Awaited<ReturnType<typeof startBrandsCloud>>['b'];
  let pid: string;
  before(async () => {
    ({ cloud, b } = await startBrandsCloud());
    // A second secretary of br_a1: they may not edit sec_a1's project.
    cloud.db.insert('users', [
      userDoc('sec_a1b', '钱副书记', ['crew', 'member', 'branch_admin'], { orgId: 'org_a', branchId: 'br_a1' }),
    ]);
  });
  after(() => cloud.close());
  const stored = () => cloud.db.find('brandProjects', { _id: pid })[0] as any;

  it('a secretary creates a project in their own branch, once per request id', async () => {
    refusedWith(
      await b('sec_a1', 'createProject', { branchId: 'br_a2', requestId: 'req-prj-0001', content: projectContent() }),
      'FORBIDDEN',
    );
    refusedWith(
      await b('mem_a1', 'createProject', { requestId: 'req-prj-0001', content: projectContent() }),
      'INVALID_INPUT',
      /所属支部/,
    );
    const first = okData(await b('sec_a1', 'createProject', { requestId: 'req-prj-0001', content: projectContent() }));
    const again = okData(await b('sec_a1', 'createProject', { requestId: 'req-prj-0001', content: projectContent() }));
    pid = first.projectId;
    assert.equal(again.projectId, pid);
    assert.equal(first.branchId, 'br_a1');
    assert.equal(cloud.db.find('brandProjects', {}).length, 1);
  });

  it('nobody moves a project to another branch or owner, and only its owner or the org admin edits it', async () => {
    const save = (who: string, extra: Record<string, unknown> = {}) =>
      b(who, 'saveProject', {
        id: pid,
        baseVersion: stored().version,
        content: projectContent({ title: '改过的项目名称' }),
        ...extra,
      });
    refusedWith(await save('sec_a1', { branchId: 'br_a2' }), 'INVALID_INPUT');
    refusedWith(await save('sec_a1', { ownerOpenid: 'sec_a2' }), 'INVALID_INPUT');
    refusedWith(await save('sec_a1b'), 'NOT_FOUND');
    refusedWith(await save('sec_a2'), 'NOT_FOUND');
    refusedWith(await b('sec_a1b', 'projectDraft', { id: pid }), 'NOT_FOUND');
    okData(await save('sec_a1'));
    okData(await save('admin_a'));
    assert.equal(stored().branchId, 'br_a1');
    assert.equal(stored().ownerOpenid, 'sec_a1');
    assert.deepEqual(okData(await b('sec_a1b', 'manageProjects', {})), []);
    assert.equal(okData(await b('sec_a1', 'manageProjects', {}))[0].id, pid);
  });

  it('stays invisible until published; the showcase lists it by year and org', async () => {
    refusedWith(await b('mem_a1', 'project', { id: pid }), 'NOT_FOUND');
    assert.deepEqual(okData(await b('mem_a1', 'projects', {})).items, []);
    const version = stored().version;
    refusedWith(await b('sec_a1', 'publish', { kind: 'project', id: pid, version }), 'FORBIDDEN');
    okData(await b('admin_a', 'publish', { kind: 'project', id: pid, version }));
    const list = okData(await b('crew_x', 'projects', { orgId: 'org_a' }));
    assert.deepEqual(
      list.items.map((p: any) => [p.title, p.branchName, p.headline.after]),
      [['改过的项目名称', '机关第一党支部', 5]],
    );
    assert.deepEqual(okData(await b('crew_x', 'projects', { orgId: 'org_a', year: chinaDay().year - 1 })).items, []);
  });

  it('the ledger reaches stages in order, completes tasks and flags overdue ones by China days', async () => {
    const entry = (requestId: string, over: Record<string, unknown>) =>
      b('sec_a1', 'addProjectEntry', {
        projectId: pid,
        requestId,
        date: dayOffset(-5),
        text: '召开专题推进会。',
        images: [],
        stage: null,
        taskId: null,
        taskDone: false,
        ...over,
      });
    refusedWith(await entry('req-entry-01', { stage: 'solve' }), 'CONFLICT', /领题/);
    refusedWith(await entry('req-entry-01', { date: dayOffset(2) }), 'INVALID_INPUT', /晚于今天/);
    refusedWith(await entry('req-entry-01', { taskId: 'nope' }), 'INVALID_INPUT', /任务不存在/);
    refusedWith(await entry('req-entry-01', { images: [image('sec_a2', 'x')] }), 'FORBIDDEN');
    refusedWith(
      await entry('req-entry-01', { text: '讨论代开发票问题' }),
      'INVALID_INPUT',
      /^进展说明含有不适宜发布的内容$/,
    );
    refusedWith(
      await b('sec_a1b', 'addProjectEntry', {
        projectId: pid,
        requestId: 'req-entry-99',
        date: dayOffset(-1),
        text: '越权',
        images: [],
        stage: null,
        taskId: null,
        taskDone: false,
      }),
      'FORBIDDEN',
    );
    const claimed = okData(
      await entry('req-entry-01', { stage: 'claim', date: dayOffset(-50), images: [image('sec_a1', 'e1')] }),
    );
    okData(await entry('req-entry-01', { stage: 'claim' })); // the same request again: nothing new
    okData(await entry('req-entry-02', { taskId: 't1', taskDone: true, date: dayOffset(-3) }));
    const detail = okData(await b('mem_a2', 'project', { id: pid }));
    assert.equal(detail.entries.length, 2);
    assert.equal(detail.project.stage, 'claim');
    assert.equal(detail.project.stages[0].reachedOn, dayOffset(-50));
    const tasks = Object.fromEntries(detail.project.tasks.map((t: any) => [t.id, [t.doneOn, t.overdue]]));
    assert.deepEqual(tasks, { t1: [dayOffset(-3), null], t2: [null, 'final'], t3: [null, null] });
    assert.equal(detail.project.overdueTasks, 1);
    assert.equal(detail.canEdit, false);
    assert.equal(detail.share.title, '书记项目｜改过的项目名称');
    // Withdrawing an entry undoes what it did.
    okData(await b('sec_a1', 'withdrawProjectEntry', { projectId: pid, entryId: claimed.id }));
    assert.equal(okData(await b('mem_a2', 'project', { id: pid })).project.stage, null);
    okData(await entry('req-entry-03', { stage: 'claim', date: dayOffset(-40) }));
  });

  it('验收 is the org admin’s, after 结题', async () => {
    const review = (who: string) => b(who, 'reviewProject', { id: pid, outcome: 'excellent', comment: '成效明显' });
    refusedWith(await review('admin_a'), 'CONFLICT', /结题后/);
    const step = (requestId: string, stage: string) =>
      b('sec_a1', 'addProjectEntry', {
        projectId: pid,
        requestId,
        date: dayOffset(-1),
        text: '阶段推进。',
        images: [],
        stage,
        taskId: null,
        taskDone: false,
      });
    okData(await step('req-entry-04', 'solve'));
    okData(await step('req-entry-05', 'conclude'));
    refusedWith(await review('sec_a1'), 'FORBIDDEN');
    const detail = okData(await review('admin_a'));
    assert.equal(detail.project.review.outcome, 'excellent');
    assert.equal(detail.project.stage, 'conclude');
    assert.equal(okData(await b('crew_x', 'projects', { orgId: 'org_a' })).items[0].review, 'excellent');
  });

  it('activities held under the project show on its page; an activity cannot join another org’s project', async () => {
    const as = callerCache(cloud);
    const v = async (who: string, action: string, data: unknown) => (await as(who))('volunteer', action, data);
    const draft = (projectId: string | null) => activityDraft('驿站志愿服务', { projectId });
    const saved = okData(await v('sec_a1', 'save', draft(pid)));
    assert.equal(saved.projectId, pid);
    okData(await v('sec_a1', 'publish', { id: saved.id }));
    cloud.db.insert('users', [
      userDoc('sec_b1', '吴书记', ['crew', 'member', 'branch_admin'], { orgId: 'org_b', branchId: 'br_b1' }),
    ]);
    refusedWith(await v('sec_b1', 'save', draft(pid)), 'INVALID_INPUT', /不属于本单位/);
    refusedWith(await v('sec_a1', 'save', draft('no_such_project')), 'INVALID_INPUT', /不存在/);
    const detail = okData(await b('crew_x', 'project', { id: pid }));
    assert.deepEqual(
      detail.activities.map((a: any) => a.title),
      ['驿站志愿服务'],
    );
  });
});
