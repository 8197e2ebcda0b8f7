// Every WXML and WXSS of dist/weapp through WeChat's own compilers (wcc, wcsc), after the weapp
// build: a file they reject is named here instead of failing upload or rendering blank.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileWeapp, describeProblems } from '../../../scripts/weapp/wechat-compile';

const DIST = path.resolve(__dirname, '..', '..', '..', 'dist', 'weapp');

describe('WeChat wcc / wcsc', () => {
  it('compiles every WXML and WXSS file of dist/weapp', () => {
    assert.ok(fs.existsSync(path.join(DIST, 'app.json')), 'build dist/weapp first (npm test does)');
    const result = compileWeapp(DIST);
    console.log(`wcc: ${result.wxml.length} WXML files, wcsc: ${result.wxss.length} WXSS files`);
    assert.ok(result.wxml.length > 0 && result.wxss.length > 0);
    assert.deepEqual(result.problems, [], describeProblems(result.problems));
  });

  it('names the files the compilers reject', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redsail-wcc-'));
    fs.mkdirSync(path.join(dir, 'pages', 'a'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pages', 'a', 'good.wxml'), '<view class="x">{{n}}</view>\n');
    fs.writeFileSync(path.join(dir, 'pages', 'a', 'bad.wxml'), '<view>\n<text>{{n}</text>\n');
    fs.writeFileSync(path.join(dir, 'pages', 'a', 'good.wxss'), '.x { color: red; }\n');
    fs.writeFileSync(path.join(dir, 'pages', 'a', 'bad.wxss'), '.x { color: red; }\n}} .y {\n');
    const { problems } = compileWeapp(dir);
    assert.deepEqual(
      problems.map((p) => [p.tool, p.files]),
      [
        ['wcc', ['pages/a/bad.wxml']],
        ['wcsc', ['pages/a/bad.wxss']],
      ],
    );
  });
});
