/**
 * @jest-environment jsdom
 */
const h = require('./harness');
const { stationsTab } = require('./stations-fixtures');

h.simulate;
const { calls } = stationsTab({ located: false });

test('驿站 tab with location refused: stations by waterway and name, and a way to allow it later', async () => {
  const page = await h.renderPage('pages/stations/index');
  await h.waitFor(() => h.textOf(page).includes('未允许获取位置'));
  await h.waitFor(() => h.textOf(page).includes('安庆“中长燃”水上绿色综合服务区'));
  expect(h.textOf(page)).toContain('允许获取位置');
  expect(h.textOf(page)).toContain('京杭运河'); // the waterway picker
  expect(calls.some((c) => c.action === 'list')).toBe(true);
  expect(calls.some((c) => c.action === 'nearby')).toBe(false);
});
