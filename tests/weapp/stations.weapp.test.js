/**
 * @jest-environment jsdom
 */
const h = require('./harness');
const { stationsTab } = require('./stations-fixtures');

h.simulate; // defines the global wx before the fake cloud and the location stub go onto it
const { calls, asked } = stationsTab({ located: true });

test('驿站 tab: 12395 on top, stations by distance from one fuzzy-location question, each with its call button; a service filter asks the cloud again', async () => {
  const page = await h.renderPage('pages/stations/index');
  await h.waitFor(() => h.textOf(page).includes('安庆“中长燃”水上绿色综合服务区'));
  const text = h.textOf(page);
  expect(text).toContain('12395');
  expect(text).toContain('按离你的距离排序（大致位置）');
  expect(text).toContain('营业中');
  expect(text).toContain('3.2 公里');
  expect(text).toContain('拨打服务区值班');
  expect(text).toContain('地图'); // weapp only: the Map mode
  expect(asked).toEqual(['getFuzzyLocation']);
  const nearby = calls.filter((c) => c.action === 'nearby');
  expect(nearby[0].data).toMatchObject({ lat: 30.51, lng: 117.05 });

  const health = page.querySelectorAll('.chips__chip').find((c) => c.dom.textContent.includes('健康问诊'));
  health.dispatchEvent('tap');
  await h.waitFor(() => calls.some((c) => c.action === 'nearby' && c.data.serviceId === 'health'));
});
