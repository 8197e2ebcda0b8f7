// zod/mini: the same validation as zod at a fraction of the size, because these
// schemas ship inside the mini-program as well as the cloud functions. Import it
// as `import * as z from 'zod/mini'` in each file: re-exporting the namespace
// would defeat tree-shaking and pull in all of zod.
import { config, type core } from 'zod/mini';
// Only the Chinese locale: the locales index would pull in every language.
import zhCN from 'zod/v4/locales/zh-CN.js';

// Validation messages users may see come out in Chinese.
config(zhCN());

export type Schema = core.$ZodType;

/** A readable one-line summary of what was wrong with an input. */
export function describeIssues(error: core.$ZodError): string {
  const first = error.issues[0];
  if (!first) return '填写的内容有误';
  const where = first.path.length ? `（${first.path.join('.')}）` : '';
  return `${first.message}${where}`;
}
