// The subscribe message for a claim decision. The in-app message is written with the decision (in
// its transaction); this is the courtesy ping, sent only against an accept the member gave when
// claiming (core/subscribe), marked once per claim and decision so a retried decision pings once.
import { deliver } from '../subscribe/deliver';

export { inLocalCloud } from '../runtime';

export interface ClaimResultNotice {
  claimId: string;
  openid: string;
  itemName: string;
  approved: boolean;
  /** Points granted, or the reason for refusing. */
  detail: string;
  /** The day claimed, YYYY-MM-DD. */
  date: string;
}

/** Best effort: a member who has not subscribed (or any failure) must not fail the decision. */
export async function notifyClaimResult(n: ClaimResultNotice, now: Date): Promise<void> {
  try {
    await deliver(
      {
        key: `claimResult_${n.claimId}_${n.openid}_${n.approved ? 'approved' : 'rejected'}`,
        kind: 'claimResult',
        openid: n.openid,
        message: null,
        push: {
          template: 'claimResult',
          values: { item: n.itemName, result: n.approved ? '已通过' : '未通过', detail: n.detail, date: n.date },
        },
      },
      now,
    );
  } catch (err) {
    console.warn('[points] subscribe message not sent:', (err as { errMsg?: string }).errMsg ?? String(err));
  }
}
