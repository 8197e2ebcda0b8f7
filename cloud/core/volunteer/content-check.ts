// 内容安全 for activities: the shared check (core/content/check.ts) over the texts an organiser
// publishes, with the volunteer messages the app already shows.
import { AppError } from '../errors';
import { bannedWordIn, SEC_CHECK_MAX, secCheck } from '../content/check';

const refuse = (word: string) => new AppError('INVALID_INPUT', `内容含有不当词语：${word}`);

/** Throws INVALID_INPUT when any of `texts` contains improper content. */
export async function checkContent(openid: string, texts: readonly string[]): Promise<void> {
  const content = texts.filter((t) => t.trim()).join('\n');
  const hit = bannedWordIn(content);
  if (hit) throw refuse(hit);
  if ((await secCheck(openid, content.slice(0, SEC_CHECK_MAX))) === 'risky') throw refuse('（内容安全检测未通过）');
}
