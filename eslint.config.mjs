// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Imports that would cross a boundary: the app and the cloud meet only in contracts/.
 * Each rule lists every group for its files: a later config block replaces a rule, it does not merge it.
 */
const boundary = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.flatMap(([forbidden, message]) => forbidden.map((group) => ({ group: [group], message }))) }],
});
const APP = [['**/src/**', '@/**'], 'Cloud code must not import the app; share types through contracts/.'];
const LOCAL = [['**/local/**', 'mingo', 'sorted-btree'], 'Deployed code must not depend on the local cloud.'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.localcloud/**', '.tmp/**', 'coverage/**', '**/*.js', '!eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**', 'tests/app/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**'],
    rules: boundary([['**/cloud/**', 'wx-server-sdk'], 'The app talks to the cloud only through its API client and contracts/.']),
  },
  {
    files: ['cloud/**'],
    rules: boundary(APP),
  },
  {
    files: ['contracts/**'],
    rules: boundary([['**/src/**', '@/**', '**/cloud/**', 'wx-server-sdk'], 'contracts/ is imported by both sides and imports neither.']),
  },
  {
    files: ['cloud/core/**', 'cloud/functions/**'],
    rules: boundary(APP, LOCAL),
  },
  {
    // Tests and scripts drive the SDK's loosely typed query builder.
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
