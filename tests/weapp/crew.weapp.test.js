/**
 * @jest-environment jsdom
 */
const h = require('./harness');
const { installFakeCloud, me } = require('./fake-cloud');

h.simulate;
const crew = me({ profile: { name: '张海生', roles: ['crew'], branchId: null, orgId: null } });
const calls = installFakeCloud({
  'account.whoami': () => crew,
  'certificates.reminders': () => [], // 我的 shows certificate reminders when any are due
  'org.listBranches': () => [
    { id: 'br_jiguan1', orgId: 'org_jining', orgName: '济宁市港航事业发展中心党委', name: '机关第一党支部', brand: null, memberCount: 3 },
  ],
});

test('我的 for crew: no work entries, a join form that switches to roster matching with a branch to name', async () => {
  const page = await h.renderPage('pages/me/index');
  await h.waitFor(() => h.textOf(page).includes('加入党支部'));
  expect(h.textOf(page)).not.toContain('支部管理');
  // The form's fields, in order: 姓名 then 邀请码; after switching, 姓名, 手机号 and 所在支部.
  expect(h.textOf(page)).toContain('名册匹配姓名邀请码提交申请');
  const items = page.querySelectorAll('.at-segmented-control__item');
  items[1].dispatchEvent('tap');
  await h.waitFor(() => h.textOf(page).includes('名册匹配姓名手机号所在支部请选择提交申请'));
  expect(calls.map((c) => c.action).sort()).toEqual(['listBranches', 'reminders', 'whoami']);
});
