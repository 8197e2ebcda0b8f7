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
      root: 'packages/admin',
      pages: ['pages/branch/index', 'pages/claims/index', 'pages/org/index', 'pages/standard/index', 'pages/station/index'],
    },
  ],
  // weapp: download the subpackages a person is likely to open while the signal is there,
  // so 申报积分, an activity or 积分审核 still opens at sea.
  preloadRule: {
    'pages/points/index': { network: 'all', packages: ['packages/points'] },
    'pages/volunteer/index': { network: 'all', packages: ['packages/volunteer'] },
    'pages/me/index': { network: 'all', packages: ['packages/admin', 'packages/points'] },
  },
  // 用户隐私保护指引 (docs/privacy.md): WeChat asks the app (onNeedPrivacyAuthorization) before the
  // first call that touches personal data. Location for 附近驿站: precise getLocation and the map
  // picker (never with getFuzzyLocation: WeChat refuses both).
  __usePrivacyCheck__: true,
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: { 'scope.userLocation': { desc: '用于查找离您最近的船员驿站和航道前方的驿站' } },
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
