// Field schemas every contract builds on, so that one rule holds wherever a value enters:
// ids that can never be a prototype name, text a person will read with nothing hidden in it,
// and the client request ids that make a retried create happen once.
import * as z from 'zod/mini';
import './validation';

/** Names that would reach `Object.prototype` when an id becomes a field name or a map key. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** True when `value` may safely be used as a field name (not `__proto__`, `constructor`, `toString` …). */
export function isSafeKey(value: string): boolean {
  return !PROTOTYPE_NAMES.has(value);
}

/** An id: letters, digits, `_` and `-`, at most 64, never a prototype name. */
export const id = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, '缺少编号'),
    z.maxLength(64, '编号过长'),
    z.regex(/^[A-Za-z0-9_-]+$/, '编号只能包含字母、数字、下划线和连字符'),
    z.refine(isSafeKey, '编号不能使用保留名称'),
  );

/** Chosen by the client once per create or decide action: a retried request happens once. */
export const requestId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号无效'));

/** An opaque paging cursor handed out by the server. */
export const cursor = z.optional(z.nullable(z.string().check(z.maxLength(200))));

/**
 * Characters that let text show as something it is not: C0/C1 controls (NUL …), zero-width
 * characters, bidirectional overrides and isolates (`\u202e梅红李` shows as 李红梅), BOM.
 * Line breaks and tabs are refused too, except in multi-line text.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]/u;
const LINE_BREAKS = /[\t\n\r\u2028\u2029]/u;

/** True when the text holds a character that hides or disguises what a reader sees. */
export function hasHiddenCharacters(value: string, multiline = false): boolean {
  return HIDDEN.test(value) || (!multiline && LINE_BREAKS.test(value));
}

/** Text as stored: NFC, CRLF as LF, trimmed. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

export interface TextOptions {
  /** What the field is, in Chinese, for messages: 姓名, 标题, 理由 … */
  label: string;
  max: number;
  /** 0 allows empty text. */
  min?: number;
  multiline?: boolean;
  /** Message when shorter than `min` (default 请填写<label>). */
  minMessage?: string;
}

/** Every schema text() made, with its label: tests list the texts people write (tests/cloud/text-check-coverage.test.ts). */
export const TEXT_LABELS = new WeakMap<object, string>();

/** Text that other people will read: normalised, nothing hidden, within its length. */
export function text({ label, max, min = 0, multiline = false, minMessage }: TextOptions) {
  const schema = z
    .string()
    .check(
      z.overwrite(normalizeText),
      z.refine((v) => !hasHiddenCharacters(v, multiline), `${label}不能包含不可见字符或控制字符`),
      z.minLength(min, minMessage ?? (min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`)),
      z.maxLength(max, `${label}最多 ${max} 个字`),
    );
  TEXT_LABELS.set(schema, label);
  return schema;
}

/** A person's name as others see it in queues, rosters and rankings. */
export const personName = text({ label: '姓名', min: 1, max: 20 });
