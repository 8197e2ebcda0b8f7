/**
 * Renders Taro-compiled weapp pages (dist/weapp) with miniprogram-simulate.
 *
 * Run `npm run build:weapp` first. Usage in a jest test (testEnvironment: jsdom):
 *   const { launchApp, renderPage } = require('./harness')
 *   launchApp()                                  // once per test file
 *   const page = await renderPage('pages/home/index')
 *   tap(page, '.at-button'); await waitFor(() => textOf(page).includes('已点击 1 次'))
 *
 * How: simulate only knows Component(); Taro pages call Page(config) and expect App()/getApp()/
 * getCurrentPages() to exist and app.js (which loads runtime/taro/vendors/common) to run first.
 */
const path = require('path')
const fs = require('fs')

const DIST = path.resolve(__dirname, '../../dist/weapp')

let simulate
let app = null
const pageStack = []
let pending = { route: '', query: {} } // route/query for the page being attached

function loadSimulate() {
  if (!fs.existsSync(path.join(DIST, 'app.js'))) {
    throw new Error(`${DIST}/app.js missing: run \`npm run build:weapp\` first`)
  }
  // Must come before app.js: it defines global Component and global wx (its API mock).
  simulate = simulate || require('miniprogram-simulate')
  return simulate
}

/** Turn a Page() options object into Component() options simulate can register. */
function pageToComponent(options) {
  const methods = {}
  for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v
  return {
    data: options.data || {},
    options: { addGlobalClass: true },
    methods,
    lifetimes: {
      attached() {
        // copy non-function fields (config, route...) like Page() does
        for (const [k, v] of Object.entries(options)) {
          if (typeof v !== 'function' && k !== 'data' && !(k in this)) this[k] = v
        }
        this.route = this.__route__ = pending.route
        pageStack.push(this)
        this.onLoad && this.onLoad(pending.query)
        this.onShow && this.onShow()
      },
      ready() {
        this.onReady && this.onReady()
      },
      detached() {
        this.onUnload && this.onUnload()
        const i = pageStack.indexOf(this)
        if (i >= 0) pageStack.splice(i, 1)
      },
    },
  }
}

/** Load dist/weapp/app.js and run App's onLaunch/onShow. */
function launchApp(launchOptions = { path: 'pages/home/index', query: {}, scene: 1001 }) {
  loadSimulate()
  if (app) return app
  global.App = (options) => {
    app = options
  }
  global.getApp = () => app
  global.getCurrentPages = () => pageStack.slice()
  global.requirePlugin = () => ({})
  global.Page = (options) => global.Component(pageToComponent(options))
  require(path.join(DIST, 'app.js'))
  if (!app) throw new Error('app.js did not call App()')
  app.onLaunch && app.onLaunch(launchOptions)
  app.onShow && app.onShow(launchOptions)
  return app
}

/**
 * Load and render one compiled page; returns simulate's root component wrapper.
 * @param {string} route e.g. 'pages/home/index' or 'packages/admin/pages/index/index'
 */
async function renderPage(route, query = {}) {
  launchApp()
  const id = simulate.load(path.join(DIST, route), 'page', { rootPath: DIST })
  const comp = simulate.render(id)
  pending = { route, query }
  const parent = document.createElement('parent-wrapper')
  document.body.appendChild(parent)
  comp.attach(parent) // -> attached() -> Taro onLoad -> React mounts the page -> setData
  await waitFor(() => comp.instance.data.root && comp.instance.data.root.cn.length > 0)
  return comp
}

/** Let React commit and Taro flush setData. */
function settle(ms = 20) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Poll until check() is truthy (React's scheduler + Taro's setData batching are async). */
async function waitFor(check, timeout = 3000) {
  const t0 = Date.now()
  for (;;) {
    const v = check()
    if (v) return v
    if (Date.now() - t0 > timeout) throw new Error(`waitFor timed out after ${timeout} ms`)
    await settle(10)
  }
}

/** Tap the first node matching selector (selectors see the original class names). */
function tap(comp, selector) {
  const node = comp.querySelector(selector)
  if (!node) throw new Error(`no node matches ${selector}`)
  node.dispatchEvent('tap')
}

/** Visible text of a rendered component (whitespace collapsed). */
function textOf(comp) {
  return comp.dom.textContent.replace(/\s+/g, ' ').trim()
}

module.exports = { DIST, launchApp, renderPage, settle, waitFor, tap, textOf, get simulate() { return loadSimulate() } }
