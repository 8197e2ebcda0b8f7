export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/points/index',
    'pages/stations/index',
    'pages/volunteer/index',
    'pages/me/index',
    'pages/login/index',
  ],
  // Secretary, org admin and station staff pages: a subpackage keeps the main package small.
  subPackages: [
    {
      root: 'packages/points',
      pages: [
        'pages/claim/index',
        'pages/claim-detail/index',
        'pages/my-claims/index',
        'pages/ledger/index',
        'pages/ranking/index',
        'pages/gap/index',
        'pages/messages/index',
      ],
    },
    {
      root: 'packages/volunteer',
      pages: ['pages/detail/index', 'pages/edit/index', 'pages/checkin-code/index', 'pages/roster/index', 'pages/mine/index'],
    },
    {
      // 党建品牌, 书记项目, 党建联盟, their editors and 组织概况: none of it weighs on the main package.
      root: 'packages/brands',
      pages: [
        'pages/matrix/index',
        'pages/brand/index',
        'pages/projects/index',
        'pages/project/index',
        'pages/alliances/index',
        'pages/alliance/index',
        'pages/manage/index',
        'pages/brand-edit/index',
        'pages/project-edit/index',
        'pages/project-entry/index',
        'pages/alliance-edit/index',
        'pages/offer/index',
        'pages/meeting/index',
        'pages/carousel/index',
        'pages/overview/index',
      ],
    },
    {
      root: 'packages/admin',
      pages: [
        'pages/branch/index',
        'pages/claims/index',
        'pages/org/index',
        'pages/standard/index',
        'pages/station/index',
        'pages/station-edit/index',
        'pages/station-hours/index',
        'pages/station-services/index',
        'pages/station-notices/index',
        'pages/station-poster/index',
        'pages/stations/index',
      ],
    },
    {
      // 船员驿站: station page, booking, my bookings, certificates, 求助 (preloaded: it opens at sea).
      root: 'packages/stations',
      pages: [
        'pages/station/index',
        'pages/book/index',
        'pages/booking/index',
        'pages/my-bookings/index',
        'pages/certificates/index',
        'pages/certificate-edit/index',
        'pages/hotlines/index',
      ],
    },
  ],
  // weapp: download the subpackages a person is likely to open while the signal is there,
  // so 申报积分, an activity, 积分审核 or 求助 (stations, from the home page too) still opens at sea.
  preloadRule: {
    // The home page opens 求助 and the stations, and its carousel and 品牌 entry the showcases.
    'pages/home/index': { network: 'all', packages: ['packages/stations', 'packages/brands'] },
    'pages/points/index': { network: 'all', packages: ['packages/points'] },
    'pages/stations/index': { network: 'all', packages: ['packages/stations'] },
    'pages/volunteer/index': { network: 'all', packages: ['packages/volunteer'] },
    'pages/me/index': { network: 'all', packages: ['packages/admin', 'packages/points', 'packages/stations'] },
  },
  // 用户隐私保护指引 (docs/privacy.md): WeChat asks the app (onNeedPrivacyAuthorization) before the
  // first call that touches personal data.
  __usePrivacyCheck__: true,
  // 驿站 by distance: getFuzzyLocation (district level), never getLocation — the two exclude each other (see features/stations/location.ts).
  requiredPrivateInfos: ['getFuzzyLocation'],
  permission: { 'scope.userFuzzyLocation': { desc: '按距离排列附近的船员驿站' } },
  window: {
    // NOTE: 'default' is weapp's own default; Taro's h5 router shows its title bar (title, back or home) only when it is set.
    navigationStyle: 'default',
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '红帆',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/points/index', text: '积分', iconPath: 'assets/tab/points.png', selectedIconPath: 'assets/tab/points-active.png' },
      { pagePath: 'pages/stations/index', text: '驿站', iconPath: 'assets/tab/stations.png', selectedIconPath: 'assets/tab/stations-active.png' },
      { pagePath: 'pages/volunteer/index', text: '志愿', iconPath: 'assets/tab/volunteer.png', selectedIconPath: 'assets/tab/volunteer-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
})
