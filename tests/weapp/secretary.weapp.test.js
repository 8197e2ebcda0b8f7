/**
 * @jest-environment jsdom
 */
const h = require('./harness');
const { installFakeCloud, me } = require('./fake-cloud');

h.simulate; // defines the global wx before the fake cloud goes onto it
const calls = installFakeCloud({ 'account.whoami': () => me() });

test('home greets the signed-in secretary by name and branch', async () => {
  const page = await h.renderPage('pages/home/index');
  await h.waitFor(() => h.textOf(page).includes('你好，赵志刚 · 机关第一党支部'));
  expect(calls[0]).toEqual({ name: 'account', action: 'whoami', data: undefined });
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
