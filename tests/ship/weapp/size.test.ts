// Package size budget: main package ≤ 600 KB, each subpackage ≤ 500 KB (WeChat refuses 2 MB),
// counted per package the way WeChat splits them (scripts/weapp/package-sizes.ts says how).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  MAIN_BUDGET,
  overBudget,
  packageSizes,
  sizeTable,
  SUBPACKAGE_BUDGET,
  WECHAT_LIMIT,
} from '../../../scripts/weapp/package-sizes';

const DIST = path.resolve(__dirname, '..', '..', '..', 'dist', 'weapp');

describe('mini-program package sizes', () => {
  it('every package is within its budget', () => {
    const sizes = packageSizes(DIST);
    console.log(sizeTable(sizes));
    assert.deepEqual(
      overBudget(sizes).map((s) => s.name),
      [],
      'move pages used by few people into a subpackage, or trim what they import',
    );
    assert.ok(MAIN_BUDGET < WECHAT_LIMIT && SUBPACKAGE_BUDGET < WECHAT_LIMIT);
  });

  it('has every subpackage app.json declares, and the tab pages in the main package', () => {
    const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) as {
      subPackages: Array<{ root: string }>;
      tabBar: { list: Array<{ pagePath: string }> };
    };
    const sizes = packageSizes(DIST);
    for (const { root } of app.subPackages) assert.ok((sizes.find((s) => s.name === root)?.bytes ?? 0) > 0, root);
    for (const { pagePath } of app.tabBar.list) {
      assert.ok(fs.existsSync(path.join(DIST, `${pagePath}.js`)), pagePath);
      assert.ok(
        !app.subPackages.some((p) => pagePath.startsWith(`${p.root}/`)),
        `${pagePath} must stay in the main package`,
      );
    }
  });
});
