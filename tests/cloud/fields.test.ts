import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { safeParse } from 'zod/mini';
import { id, personName, text } from '../../contracts/fields';

describe('shared input fields', () => {
  it('refuses ids that are Object.prototype names, wherever an id becomes a field name', () => {
    for (const bad of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      assert.equal(safeParse(id, bad).success, false, bad);
    }
    assert.equal(safeParse(id, 'study').success, true);
    assert.equal(safeParse(id, 'a.b').success, false);
  });

  it('normalises names to NFC and refuses hidden, control and direction characters', () => {
    const decomposed = 'Jose\u0301';
    assert.equal((safeParse(personName, ` ${decomposed} `) as { data: string }).data, 'Jos\u00e9');
    for (const bad of ['\u202e梅红李', '李\u200b红梅', '李红梅\u0000', '李\u2066红梅', '李\ufeff红梅', '李\n红梅']) {
      const r = safeParse(personName, bad);
      assert.equal(r.success, false, JSON.stringify(bad));
      assert.match(r.error!.issues[0]!.message, /姓名不能包含不可见字符或控制字符/);
    }
  });

  it('keeps line breaks in multi-line text only, as LF', () => {
    const note = text({ label: '说明', max: 500, multiline: true });
    assert.equal((safeParse(note, '第一行\r\n第二行') as { data: string }).data, '第一行\n第二行');
    assert.equal(safeParse(text({ label: '标题', max: 40 }), '第一行\n第二行').success, false);
  });
});
