import path from 'node:path'
import type { IPluginContext } from '@tarojs/service'

/**
 * A Taro plugin: after each production h5 build, workbox-build writes dist/h5/sw.js, a service
 * worker that precaches every file of the build (the app shell and every page chunk, listed from
 * dist/h5 itself) so a reload with no network still opens the app (src/offline/service-worker.ts
 * registers it). API calls are never cached here: the app keeps its own copies of data.
 * NOTE: h5 only — weapp packages are downloaded and kept by WeChat (see preloadRule).
 */
export default (ctx: IPluginContext) => {
  ctx.onBuildFinish(async ({ error, isWatch }: { error?: unknown; isWatch?: boolean }) => {
    if (process.env.TARO_ENV !== 'h5' || error || isWatch || process.env.NODE_ENV !== 'production') return
    const { generateSW } = await import('workbox-build')
    const dir = ctx.paths.outputPath
    const { count, size, warnings } = await generateSW({
      globDirectory: dir,
      globPatterns: ['**/*.{html,js,css,png,jpg,jpeg,svg,gif,woff,woff2,ttf}'],
      swDest: path.join(dir, 'sw.js'),
      // File names carry a content hash: a new build is new URLs, no revision check needed.
      dontCacheBustURLsMatching: /\.[0-9a-f]{8}\./,
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Any page address opens the cached shell (hash routes all load index.html).
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api\//, /^\/storage\//, /^\/admin\//],
      // Evidence photos and covers seen once show again offline.
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.startsWith('/storage/'),
          handler: 'CacheFirst',
          options: { cacheName: 'redsail-photos', expiration: { maxEntries: 80 } },
        },
      ],
      skipWaiting: true,
      clientsClaim: true,
      inlineWorkboxRuntime: true,
      sourcemap: false,
    })
    for (const w of warnings) console.warn(`service worker: ${w}`)
    console.log(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB)`)
  })
}
