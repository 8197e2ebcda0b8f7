import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
// Shared TypeScript outside src/ (contracts/ is imported by both app and cloud).
const contractsDir = path.resolve(root, 'contracts')
const srcDir = path.resolve(root, 'src')

// taro-ui 3.3.2 uses @import and slash division: keep the build log readable.
const sassLoaderOption = {
  sassOptions: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'slash-div'] },
}

export default defineConfig<'webpack5'>(async (merge) => {
  const env = process.env.TARO_ENV || 'weapp'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'redsail',
    date: '2025-1-1',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${env}`, // one folder per platform, or each build wipes the other
    // h5: the service worker that lets the app open offline (config/h5-service-worker.ts).
    plugins: [path.resolve(__dirname, 'h5-service-worker.ts')],
    // The same aliases as tsconfig `paths` and jest's moduleNameMapper: `@/api/client`, `@contracts/points`.
    alias: { '@': srcDir, '@contracts': contractsDir },
    defineConstants: {
      // JSON.stringify: defineConstants values are inserted as code
      // weapp: the CloudBase environment the mini-program calls (set CLOUD_ENV_ID when building).
      'process.env.CLOUD_ENV_ID': JSON.stringify(process.env.CLOUD_ENV_ID || ''),
      // weapp: the subscribe-message templates the app asks for (the same ids as the cloud functions' env,
      // cloud/core/subscribe/templates.ts); an empty one is never asked for.
      'process.env.POINTS_RESULT_TEMPLATE_ID': JSON.stringify(process.env.POINTS_RESULT_TEMPLATE_ID || ''),
      'process.env.VOLUNTEER_REMINDER_TEMPLATE_ID': JSON.stringify(process.env.VOLUNTEER_REMINDER_TEMPLATE_ID || ''),
      'process.env.BOOKING_REMINDER_TEMPLATE_ID': JSON.stringify(process.env.BOOKING_REMINDER_TEMPLATE_ID || ''),
      'process.env.CERTIFICATE_REMINDER_TEMPLATE_ID': JSON.stringify(process.env.CERTIFICATE_REMINDER_TEMPLATE_ID || ''),
      'process.env.CLAIMS_WAITING_TEMPLATE_ID': JSON.stringify(process.env.CLAIMS_WAITING_TEMPLATE_ID || ''),
      // h5: where the local cloud's API is; empty means the page's own origin (npm start serves both).
      'process.env.LOCAL_CLOUD_URL': JSON.stringify(process.env.LOCAL_CLOUD_URL || ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      sassLoaderOption,
      compile: { include: [contractsDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      sassLoaderOption,
      compile: { include: [contractsDir] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
