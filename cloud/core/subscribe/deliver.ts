// "Sending" a notice: the in-app message (messages), and — where the person accepted a
// subscription — one subscribe message. The order is chosen for a crash at any point:
//   1. the in-app message, written once by its `_id` (a retry rewrites nothing);
//   2. the mark in `sends` (the lock: whoever inserts it is the one who may push);
//   3. one accept taken (none: no push);
//   4. the push; the mark records the outcome and the message.
// A crash between 2 and 4 loses that one push — the mark stays `claimed` and no run sends it
// again — and never sends it twice. A missed courtesy ping (the in-app message is there) is the
// lesser harm: a double uses up an accept the person gave for a later message, and repeats
// itself on the person's lock screen.
import { sendMessage, type MessageDoc } from '../messages/messages';
import { fieldValue } from './format';
import { claimMark, settleMark } from './marks';
import { returnAccept, takeAccept } from './accepts';
import { NOT_USED, sendSubscribeMessage, type SubscribeMessage } from './send';
import { TEMPLATES, templateId, type TemplateKey, type TemplateValues } from './templates';

/** A subscribe message to send: one template and a value for each of its fields. */
export type Push = {
  [K in TemplateKey]: {
    template: K;
    values: TemplateValues<K>;
    /** The page the message opens, with its query; the template's page when omitted. */
    page?: string;
  };
}[TemplateKey];

export interface Notice {
  /** The mark's `_id`: <kind>_<ref>_<openid>_<milestone>. */
  key: string;
  kind: string;
  openid: string;
  /** null when the change that caused the notice wrote its message itself (in its transaction). */
  message: MessageDoc | null;
  push: Push | null;
}

export type Delivery = 'duplicate' | 'in_app' | 'no_accept' | 'sent' | 'refused' | 'failed';

function subscribeMessage(openid: string, push: Push, id: string): SubscribeMessage {
  const spec = TEMPLATES[push.template];
  const data: Record<string, { value: string }> = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    const value = (push.values as Record<string, string | number | Date>)[name];
    if (value !== undefined) data[field.key] = { value: fieldValue(field.kind, value) };
  }
  return { touser: openid, templateId: id, page: push.page ?? spec.page, data };
}

export async function deliver(n: Notice, now: Date): Promise<Delivery> {
  if (n.message) await sendMessage(n.message);
  const id = n.push ? templateId(n.push.template) : '';
  // Nothing beyond a message written elsewhere: no mark needed.
  if (!n.message && !id) return 'in_app';
  if (!(await claimMark(n.key, n.openid, n.kind, now))) return 'duplicate';
  if (!n.push || !id) {
    await settleMark(n.key, { status: 'in_app' }, now);
    return 'in_app';
  }
  if (!(await takeAccept(n.openid, n.push.template, now))) {
    await settleMark(n.key, { status: 'no_accept' }, now);
    return 'no_accept';
  }
  const message = subscribeMessage(n.openid, n.push, id);
  const outcome = await sendSubscribeMessage(message);
  if (outcome.status === 'sent') {
    await settleMark(n.key, { status: 'sent', message }, now);
    return 'sent';
  }
  if (outcome.status === 'failed') {
    console.warn(`[subscribe] ${n.key} not sent: ${outcome.errCode ?? ''} ${outcome.message}`);
    if (outcome.errCode !== null && NOT_USED.has(outcome.errCode)) await returnAccept(n.openid, n.push.template, now);
  }
  await settleMark(n.key, { status: outcome.status, message, errCode: outcome.errCode }, now);
  return outcome.status;
}
