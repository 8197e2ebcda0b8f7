/**
 * @jest-environment jsdom
 */
const h = require('./harness');
const { installFakeCloud, me } = require('./fake-cloud');

h.simulate; // defines the global wx before the fake cloud goes onto it
const home = {
  role: 'secretary',
  name: '赵志刚',
  orgId: 'org_jining',
  carousel: [{ kind: 'brand', id: 'o-org_jining', title: '济舟先锋', subtitle: '服务港航经济，争做发展“主力军”', image: null, path: '/packages/brands/pages/brand/index?id=o-org_jining' }],
  sections: [{ kind: 'branchTodo', branchId: 'br_jiguan1', claims: 3, joins: 1, toClose: 0, firstToClose: null }],
  asOf: '2026-11-30T01:00:00.000Z',
};
const calls = installFakeCloud({ 'account.whoami': () => me(), 'home.get': () => home });

test('home greets the secretary and shows the branch’s waiting work, in two calls', async () => {
  const page = await h.renderPage('pages/home/index');
  await h.waitFor(() => h.textOf(page).includes('你好，赵志刚 · 支部书记 · 机关第一党支部'));
  await h.waitFor(() => h.textOf(page).includes('支部待办'));
  expect(h.textOf(page)).toContain('积分待审核');
  expect(h.textOf(page)).toContain('济舟先锋');
  expect(calls.map((c) => `${c.name}.${c.action}`).sort()).toEqual(['account.whoami', 'home.get']);
});

test('我的: shows the secretary entry point, and tapping 完善资料 opens the editor', async () => {
  const page = await h.renderPage('pages/me/index');
  await h.waitFor(() => h.textOf(page).includes('支部管理'));
  expect(h.textOf(page)).toContain('入党支部申请审核');
  expect(h.textOf(page)).not.toContain('组织管理');
  expect(h.textOf(page)).not.toContain('加入党支部');
  h.tap(page, '.at-list__item');
  await h.waitFor(() => h.textOf(page).includes('保存'));
  expect(h.textOf(page)).toContain('昵称');
  expect(h.textOf(page)).not.toContain('退出登录'); // weapp: WeChat is the sign-in
});
