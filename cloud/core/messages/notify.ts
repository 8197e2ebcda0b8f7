// WeChat subscribe messages (订阅消息) for claim decisions: sent only when deployed with a template
// configured, never in the local cloud. The in-app message is the record; this is a courtesy ping.
import { cloud } from '../sdk';

/** The template id of a 审核结果通知 template, set on the deployed points function. */
const TEMPLATE_ENV = 'POINTS_RESULT_TEMPLATE_ID';
/** The page the notification opens. */
const PAGE = 'pages/points/index';

export interface ClaimResultNotice {
  openid: string;
  itemName: string;
  approved: boolean;
  /** Points granted, or the reason for refusing. */
  detail: string;
  date: string;
}

/** The local cloud points the SDK at a loopback endpoint; CloudBase never does. */
export function inLocalCloud(): boolean {
  try {
    const url = (JSON.parse(process.env['TCB_CONTEXT_CNFG'] ?? '{}') as { URL?: string }).URL ?? '';
    return /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url);
  } catch {
    return false;
  }
}

/** Template fields: thing up to 20 characters, phrase up to 5. */
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Best effort: a member who has not subscribed (or any failure) must not fail the decision. */
export async function notifyClaimResult(n: ClaimResultNotice): Promise<void> {
  const templateId = process.env[TEMPLATE_ENV];
  if (!templateId || inLocalCloud()) return;
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: n.openid,
      templateId,
      page: PAGE,
      data: {
        thing1: { value: clip(n.itemName, 20) },
        phrase2: { value: n.approved ? '已通过' : '未通过' },
        thing3: { value: clip(n.detail, 20) },
        date4: { value: n.date },
      },
    });
  } catch (err) {
    console.warn('[points] subscribe message not sent:', (err as { errMsg?: string }).errMsg ?? String(err));
  }
}
