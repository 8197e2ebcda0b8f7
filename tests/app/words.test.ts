import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { text } from '../../contracts/fields';
import { nestQuotes, quoted } from '../../contracts/quotes';
import { describeIssues } from '../../contracts/validation';
import { ClaimInput, DecideClaimsInput } from '../../contracts/points';
import { TOKENS } from '../../src/styles/tokens';

const message = (schema: z.ZodMiniType, value: unknown) => {
  const r = z.safeParse(schema, value);
  return r.success ? 'ok' : describeIssues(r.error);
};

describe('words people read', () => {
  it('validation messages name the field in Chinese and never show its code name', () => {
    const form = z.strictObject({ reason: text({ label: '理由', min: 1, max: 50 }), title: text({ label: '标题', min: 2, max: 50 }) });
    expect(message(form, { reason: '', title: '水上安全' })).toBe('请填写理由');
    expect(message(form, { reason: '看不清', title: '水' })).toBe('标题至少 2 个字');
    expect(message(DecideClaimsInput, { requestId: 'req-decide-1', claimIds: ['c1'], approve: false })).toBe('驳回时请填写理由');
    for (const bad of [{}, { itemId: 1 }, { itemId: 'i', date: '2026-11-30', note: '', photos: [], extra: 1 }]) {
      expect(message(ClaimInput, bad)).not.toMatch(/[A-Za-z]/);
    }
  });

  it('quotes inside quotes are nested, not doubled', () => {
    expect(quoted('“学习强国”月度学习达标')).toBe('“‘学习强国’月度学习达标”');
    expect(nestQuotes('您申报的““学习强国”月度学习达标”已通过')).toBe('您申报的“‘学习强国’月度学习达标”已通过');
    expect(nestQuotes('参加“三会一课”')).toBe('参加“三会一课”');
  });

  it('the colour tokens that APIs take match styles/tokens.scss', () => {
    const scss = fs.readFileSync(path.join(__dirname, '../../src/styles/tokens.scss'), 'utf8');
    const value = (name: string) => new RegExp(`\\$${name}: (#[0-9a-f]{6})`, 'i').exec(scss)?.[1]?.toLowerCase();
    expect(TOKENS.red).toBe(value('rs-red'));
    expect(TOKENS.gold).toBe(value('rs-gold'));
    expect(TOKENS.ink3).toBe(value('rs-ink-3'));
  });
});
