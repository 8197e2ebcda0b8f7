// Compiled mini-program tests: render dist/weapp pages with miniprogram-simulate.
// Needs `npm run build:weapp` first (npm test does it).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests/weapp'],
  testMatch: ['**/*.weapp.test.js'],
  transform: {}, // dist/weapp is already compiled; do not run babel over the vendor bundles
};
