// 内容安全, shared by every feature that publishes text: a short word list always (and first), and
// WeChat's msgSecCheck when deployed. Features name their fields, so a refusal can say which one.
import { AppError } from '../errors';
import { inLocalCloud } from '../runtime';
import { cloud } from '../sdk';

const BANNED = ['赌博', '博彩', '色情', '裸聊', '反动', '毒品', '代开发票', '办证', '枪支', '法轮'];

/** Spaces and punctuation people put between the characters of a word to slip it past a list. */
const SEPARATORS = /[\s\p{P}\p{S}]/gu;

/** The first listed word in `text`, also when spread out with spaces or punctuation ("赌 博", "赌-博"). */
export function bannedWordIn(text: string): string | null {
  const plain = text.normalize('NFKC');
  const squeezed = plain.replace(SEPARATORS, '');
  return BANNED.find((w) => plain.includes(w) || squeezed.includes(w)) ?? null;
}

export type SecVerdict = 'pass' | 'risky' | 'unavailable';

/** msgSecCheck's content limit, in characters. */
export const SEC_CHECK_MAX = 2500;

/** WeChat's judgement of `content` (at most SEC_CHECK_MAX characters); 'pass' in the local cloud, which has no WeChat. */
export async function secCheck(openid: string, content: string): Promise<SecVerdict> {
  if (!content.trim() || inLocalCloud()) return 'pass';
  try {
    const res = (await cloud.openapi.security.msgSecCheck({ openid, scene: 3, version: 2, content })) as {
      result?: { suggest?: string };
    };
    return res.result?.suggest === 'risky' ? 'risky' : 'pass';
  } catch (err) {
    const e = err as { errCode?: number; errMsg?: string };
    if (e.errCode === 87014) return 'risky';
    // The check is a service: when it is down, the word list is what we have.
    console.warn('[content] msgSecCheck failed:', e.errMsg ?? String(err));
    return 'unavailable';
  }
}

/** One piece of text a person will publish, and what to call it in a refusal: 标语, 故事第 3 段 … */
export interface Field {
  label: string;
  text: string;
}

const refuse = (label: string) => new AppError('INVALID_INPUT', `${label}含有不适宜发布的内容`);

/** Groups fields into as few msgSecCheck calls as the length limit allows. */
function chunks(fields: readonly Field[]): Field[][] {
  const out: Field[][] = [];
  let current: Field[] = [];
  let size = 0;
  for (const f of fields) {
    if (current.length && size + f.text.length + 1 > SEC_CHECK_MAX) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(f);
    size += f.text.length + 1;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Refuses (INVALID_INPUT, "<label>含有不适宜发布的内容") the first field the word list or WeChat
 * finds improper. WeChat is asked once per 2,500 characters; only when a batch is risky is each of
 * its fields asked on its own, to name the one at fault.
 */
export async function checkFields(openid: string, fields: readonly Field[]): Promise<void> {
  const texts = fields.filter((f) => f.text.trim());
  const listed = texts.find((f) => bannedWordIn(f.text));
  if (listed) throw refuse(listed.label);
  for (const batch of chunks(texts)) {
    // A single field longer than the limit is judged by its first 2,500 characters.
    const joined = batch
      .map((f) => f.text)
      .join('\n')
      .slice(0, SEC_CHECK_MAX);
    if ((await secCheck(openid, joined)) !== 'risky') continue;
    for (const f of batch) {
      if ((await secCheck(openid, f.text.slice(0, SEC_CHECK_MAX))) === 'risky') throw refuse(f.label);
    }
    throw refuse(batch.length === 1 ? batch[0]!.label : '内容');
  }
}
