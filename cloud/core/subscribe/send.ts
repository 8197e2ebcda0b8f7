// The one place that calls WeChat's subscribeMessage.send. Everything else asks deliver.ts, which
// counts accepts and marks sends; this module only sends and says how it went.
import { inLocalCloud } from '../runtime';
import { cloud } from '../sdk';

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
}

/** sent; refused (43101: the person did not accept, or used it up); failed (anything else, with WeChat's code). */
export type SendOutcome = { status: 'sent' } | { status: 'refused'; errCode: number } | { status: 'failed'; errCode: number | null; message: string };

/** WeChat's "refused or used up": recorded, never retried. */
export const REFUSED = 43101;

/**
 * Errors that prove the message never reached the person and did not use their accept (a field
 * WeChat refused, a bad page path, a wrong template id): the accept may be given back.
 */
export const NOT_USED = new Set([47003, 41030, 40037, 40003]);

export async function sendSubscribeMessage(message: SubscribeMessage): Promise<SendOutcome> {
  // NOTE: local stand-in. The local cloud has no WeChat, so `cloud.openapi.subscribeMessage.send`
  // cannot be called there; it answers as WeChat would instead — sent, or 43101 for the openids
  // listed in LOCALCLOUD_SUBSCRIBE_REFUSE (comma-separated: a person who revoked the subscription
  // in WeChat's settings) — and the caller (deliver.ts) records the exact message on its `sends`
  // mark, so tests assert what would have been sent.
  if (inLocalCloud()) {
    const refused = (process.env['LOCALCLOUD_SUBSCRIBE_REFUSE'] ?? '').split(',').includes(message.touser);
    return refused ? { status: 'refused', errCode: REFUSED } : { status: 'sent' };
  }
  try {
    await cloud.openapi.subscribeMessage.send({ ...message, miniprogramState: 'formal', lang: 'zh_CN' });
    return { status: 'sent' };
  } catch (err) {
    const e = err as { errCode?: number; errMsg?: string };
    if (e.errCode === REFUSED) return { status: 'refused', errCode: REFUSED };
    return { status: 'failed', errCode: typeof e.errCode === 'number' ? e.errCode : null, message: e.errMsg ?? String(err) };
  }
}
