// Jest stand-in for @tarojs/taro: APIs are jest.fn()s that resolve; hooks are no-ops.
const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB', RN: 'RN', SWAN: 'SWAN', ALIPAY: 'ALIPAY', TT: 'TT', QQ: 'QQ', JD: 'JD' }
const ok = (v = {}) => jest.fn(() => Promise.resolve({ errMsg: 'ok', ...v }))
const listeners = {}
// Storage in memory, like the mini-program's: values are kept as given (tests may clear it).
const storage = new Map()
const networkListeners = new Set()

const Taro = {
  ENV_TYPE,
  getEnv: jest.fn(() => ENV_TYPE.WEB),
  showToast: ok(),
  hideToast: ok(),
  showLoading: ok(),
  hideLoading: ok(),
  showModal: ok({ confirm: true, cancel: false }),
  navigateTo: ok(),
  redirectTo: ok(),
  switchTab: ok(),
  navigateBack: ok(),
  reLaunch: ok(),
  request: ok({ statusCode: 200, data: {} }),
  getStorageSync: jest.fn((k) => (storage.has(k) ? JSON.parse(storage.get(k)) : '')),
  setStorageSync: jest.fn((k, v) => storage.set(k, JSON.stringify(v))),
  removeStorageSync: jest.fn((k) => storage.delete(k)),
  clearStorageSync: jest.fn(() => storage.clear()),
  getStorageInfoSync: jest.fn(() => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 })),
  getNetworkType: ok({ networkType: 'wifi' }),
  onNetworkStatusChange: jest.fn((f) => networkListeners.add(f)),
  offNetworkStatusChange: jest.fn((f) => networkListeners.delete(f)),
  /** Tests: what WeChat would tell the app when the network changes. */
  __emitNetworkStatus: (status) => networkListeners.forEach((f) => f(status)),
  getSystemInfoSync: jest.fn(() => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2, platform: 'devtools' })),
  getSystemInfo: ok({ windowWidth: 375, windowHeight: 812 }),
  pxTransform: jest.fn((n) => `${n / 2}px`),
  initPxTransform: jest.fn(),
  canIUse: jest.fn(() => true),
  nextTick: (fn) => Promise.resolve().then(fn),
  vibrateShort: ok(),
  createSelectorQuery: jest.fn(() => {
    const q = {
      select: () => q, selectAll: () => q, selectViewport: () => q,
      boundingClientRect: (cb) => { cb && cb({ width: 0, height: 0, top: 0, left: 0 }); return q },
      scrollOffset: () => q, fields: () => q,
      exec: (cb) => { cb && cb([]); return q },
    }
    return q
  }),
  createAnimation: jest.fn(() => {
    const a = new Proxy({}, { get: (_, k) => (k === 'export' ? () => ({ actions: [] }) : () => a) })
    return a
  }),
  eventCenter: {
    on: (n, f) => { (listeners[n] = listeners[n] || []).push(f) },
    off: (n, f) => { listeners[n] = (listeners[n] || []).filter((g) => g !== f) },
    trigger: (n, ...a) => (listeners[n] || []).forEach((f) => f(...a)),
  },
  getCurrentInstance: jest.fn(() => ({ router: { params: {}, path: '' } })),
  cloud: undefined,
}

const hooks = ['useLoad', 'useReady', 'useDidShow', 'useDidHide', 'useLaunch', 'usePullDownRefresh', 'useReachBottom', 'useUnload', 'useShareAppMessage']
for (const h of hooks) Taro[h] = jest.fn()
Taro.useRouter = jest.fn(() => ({ params: {}, path: '' }))

module.exports = { __esModule: true, default: Taro, ...Taro }
