// App tests: components and hooks rendered by React Testing Library in jsdom,
// with @tarojs/* replaced by small stubs (tests/stubs).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests/app'],
  testMatch: ['**/*.test.ts?(x)'],
  setupFilesAfterEnv: ['<rootDir>/tests/app/setup.ts'],
  moduleNameMapper: {
    '^@tarojs/components$': '<rootDir>/tests/stubs/taro-components.js',
    '^@tarojs/taro$': '<rootDir>/tests/stubs/taro.js',
    '\\.(css|scss|sass|less)$': '<rootDir>/tests/stubs/style.js',
    // The app's path aliases (tsconfig paths, config/index.ts alias).
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@contracts/(.*)$': '<rootDir>/contracts/$1',
    // zod's per-locale files are ES modules; jest runs CommonJS, and zod ships a .cjs twin.
    '^zod/v4/locales/(.*)\\.js$': '<rootDir>/node_modules/zod/v4/locales/$1.cjs',
  },
  // taro-ui ships ES modules in lib/: let babel-jest transform it.
  transformIgnorePatterns: ['/node_modules/(?!(taro-ui)/)'],
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
};
