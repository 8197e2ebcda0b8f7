// 内容安全: text organisers publish. Deployed, WeChat's msgSecCheck judges it; in the local cloud
// (and as a first filter everywhere) a short word list does.
import { AppError } from '../errors';
import { inLocalCloud } from '../messages/notify';
import { cloud } from '../sdk';

const BANNED = ['赌博', '博彩', '色情', '裸聊', '反动', '毒品', '代开发票', '办证', '枪支', '法轮'];

const refuse = (word: string) => new AppError('INVALID_INPUT', `内容含有不当词语：${word}`);

/** Throws INVALID_INPUT when any of `texts` contains improper content. */
export async function checkContent(openid: string, texts: readonly string[]): Promise<void> {
  const content = texts.filter((t) => t.trim()).join('\n');
  const hit = BANNED.find((w) => content.includes(w));
  if (hit) throw refuse(hit);
  if (!content || inLocalCloud()) return;
  let suggest: string | undefined;
  let label = '';
  try {
    const res = (await cloud.openapi.security.msgSecCheck({ openid, scene: 3, version: 2, content })) as {
      result?: { suggest?: string; label?: number };
    };
    suggest = res.result?.suggest;
    label = String(res.result?.label ?? '');
  } catch (err) {
    const e = err as { errCode?: number; errMsg?: string };
    if (e.errCode === 87014) throw refuse('（内容安全检测未通过）');
    // The check is a service: when it is down, the word list above is what we have.
    console.warn('[volunteer] msgSecCheck failed:', e.errMsg ?? String(err));
    return;
  }
  if (suggest === 'risky') throw refuse(`（内容安全检测未通过${label ? `，类别 ${label}` : ''}）`);
}
