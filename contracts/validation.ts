// zod/mini: the same validation as zod at a fraction of the size, because these
// schemas ship inside the mini-program as well as the cloud functions. Import it
// as `import * as z from 'zod/mini'` in each file: re-exporting the namespace
// would defeat tree-shaking and pull in all of zod.
import { config, type core } from 'zod/mini';
// Only the Chinese locale: the locales index would pull in every language.
import zhCN from 'zod/v4/locales/zh-CN.js';
import { FIELD_NAMES } from './field-names';

// Validation messages users may see come out in Chinese.
config(zhCN());

/** zod's own zh-CN messages (not one a contract wrote): they can name types in English (期望 string …). */
const ZOD_MESSAGE = /^(无效|数值过大|数值过小|出现未知的键)|中的键\(key\)无效|中包含无效值\(value\)/;

export type Schema = core.$ZodType;

/**
 * A readable one-line summary of what was wrong with an input, all in Chinese: the field is named
 * in Chinese (FIELD_NAMES) and never by its code path; zod's generic message, which would show a
 * type name (string, undefined …), becomes a plain one.
 */
export function describeIssues(error: core.$ZodError): string {
  const first = error.issues[0];
  if (!first) return '填写的内容有误';
  const key = [...first.path].reverse().find((p): p is string => typeof p === 'string' && Object.hasOwn(FIELD_NAMES, p));
  const field = key ? FIELD_NAMES[key] : undefined;
  if (ZOD_MESSAGE.test(first.message)) {
    const missing = first.code === 'invalid_type' && /undefined/.test(first.message);
    return field ? (missing ? `请填写${field}` : `${field}填写有误`) : '填写的内容有误';
  }
  return field && !first.message.includes(field) ? `${field}：${first.message}` : first.message;
}
