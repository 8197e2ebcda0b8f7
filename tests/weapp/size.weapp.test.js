/**
 * WeChat refuses a main package over 2 MB and we promise under 1 MB: pages for
 * secretaries and admins live in the packages/ subpackage instead.
 */
const fs = require('fs');
const path = require('path');
const { DIST } = require('./harness');

function sizeOf(dir, skip = () => false) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (skip(p)) continue;
    if (entry.isDirectory()) total += sizeOf(p, skip);
    else if (!entry.name.endsWith('.LICENSE.txt') && !entry.name.endsWith('.map')) total += fs.statSync(p).size;
  }
  return total;
}

test('the main package stays under 1 MB', () => {
  const subpackages = path.join(DIST, 'packages');
  const main = sizeOf(DIST, (p) => p === subpackages);
  const sub = sizeOf(subpackages);
  const each = fs.readdirSync(subpackages).map((name) => `packages/${name} ${(sizeOf(path.join(subpackages, name)) / 1024).toFixed(0)} KB`);
  console.log(`main package ${(main / 1024).toFixed(0)} KB; ${each.join(', ')}`);
  expect(main).toBeLessThan(1024 * 1024);
  expect(sub).toBeGreaterThan(0);
  expect(fs.existsSync(path.join(subpackages, 'admin/pages/branch/index.js'))).toBe(true);
});
