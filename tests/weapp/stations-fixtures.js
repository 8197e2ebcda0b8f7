/**
 * The 驿站 tab's fake cloud and a fake getFuzzyLocation, shared by its compiled-page tests (one
 * page render per file: simulate loads a page path once).
 */
const { installFakeCloud, me } = require('./fake-cloud');

const WEEK_ALL_DAY = [0, 1, 2, 3, 4, 5, 6].map(() => [{ open: '00:00', close: '24:00' }]);

const row = (over) => ({
  id: 'st_anqing',
  key: 'aqzcr1',
  name: '安庆“中长燃”水上绿色综合服务区',
  kind: 'service_area',
  kindName: '水上综合服务区',
  orgId: 'org_anqing',
  address: '安徽省安庆市 长江安庆段',
  port: '安庆港',
  location: { lat: 30.508, lng: 117.063 },
  waterway: { id: 'changjiang', name: '长江', km: 646 },
  distanceKm: 3.2,
  status: { state: 'open', closesAt: null, minutesToClose: null },
  statusLabel: '营业中 · 全天开放',
  schedule: { hours: WEEK_ALL_DAY, exceptions: [], closure: null },
  serviceIds: ['health', 'free_boat', 'fuel'],
  phone: { label: '服务区值班', number: '0556-5201234' },
  photo: null,
  demo: false,
  ...over,
});

/** 张海生 signed in; the phone's fuzzy location answers (or is refused); every call recorded. */
function stationsTab({ located }) {
  const crew = me({ profile: { name: '张海生', roles: ['crew'], branchId: null, orgId: null } });
  const calls = installFakeCloud({
    'account.whoami': () => crew,
    'stations.nearby': () => [row()],
    'stations.list': () => ({ items: [row({ distanceKm: null })], cursor: null }),
  });
  const asked = [];
  // NOTE: simulate's wx has no getFuzzyLocation; the app asks for it (never getLocation) on weapp.
  global.wx.getFuzzyLocation = (opts) => {
    asked.push('getFuzzyLocation');
    const res = located ? { latitude: 30.51, longitude: 117.05, errMsg: 'getFuzzyLocation:ok' } : { errMsg: 'getFuzzyLocation:fail auth deny' };
    setTimeout(() => {
      if (located) opts.success && opts.success(res);
      else opts.fail && opts.fail(res);
      opts.complete && opts.complete(res);
    }, 0);
  };
  global.wx.getLocation = () => {
    throw new Error('the app must not call getLocation (it excludes getFuzzyLocation)');
  };
  return { calls, asked };
}

module.exports = { stationsTab };
