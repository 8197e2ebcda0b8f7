import { safeParse } from 'zod/mini';
import type { Schema } from '@contracts/validation';
import { describeIssues } from '@contracts/validation';

/** Errors by field key: `name`, or `story.2` for the third block of the story. */
export type FieldErrors = Record<string, string>;

/** Checks a form against the very schema the server uses, naming each wrong field by its key. */
export function validate(schema: Schema, value: unknown): FieldErrors {
  const parsed = safeParse(schema, value);
  if (parsed.success) return {};
  const out: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const [head, index] = issue.path;
    const key = typeof index === 'number' ? `${String(head)}.${index}` : String(head ?? '');
    // The same words the server would answer, one issue at a time.
    out[key] ??= describeIssues({ ...parsed.error, issues: [issue] } as typeof parsed.error);
  }
  return out;
}

/**
 * Where a server refusal points: its message names the field the way the editor counts them
 * (“故事第 3 段含有不适宜发布的内容”, “标语含有…”); `labels` maps those names to field keys.
 */
export function fieldOfMessage(message: string, labels: Readonly<Record<string, string>>): string | null {
  for (const [label, key] of Object.entries(labels)) {
    const m = new RegExp(`^(?:请填写)?${label}(?:第 (\\d+) (?:段|项|张))?`).exec(message);
    if (m) return m[1] ? `${key}.${Number(m[1]) - 1}` : key;
  }
  return null;
}

/** The first error's field key, in the order the form shows its fields. */
export const firstError = (errors: FieldErrors): string | undefined => Object.keys(errors)[0];
