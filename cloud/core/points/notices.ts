// The in-app messages points changes send to the member, in Chinese as the app shows them.
import type { MessageDoc } from '../messages/messages';
import { stableId } from './ids';
import type { ClaimDoc, LedgerDoc } from './docs';
import { quoted } from '../../../contracts/quotes';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function message(
  openid: string,
  key: string,
  m: Pick<MessageDoc, 'kind' | 'title' | 'body' | 'refId'>,
  now: Date,
): MessageDoc {
  return { _id: stableId('msg_', key), openid, ...m, read: false, createdAt: now };
}

export function claimApprovedMessage(claim: ClaimDoc, now: Date): MessageDoc {
  return message(
    claim.openid,
    `claim_${claim._id}`,
    {
      kind: 'claim_approved',
      title: '积分申报已通过',
      body: `您申报的${quoted(claim.itemName)}（${claim.date}）已通过审核，${signed(claim.points)} 分已计入年度积分。`,
      refId: claim._id,
    },
    now,
  );
}

export function claimRejectedMessage(claim: ClaimDoc, reason: string, now: Date): MessageDoc {
  return message(
    claim.openid,
    `claim_${claim._id}`,
    {
      kind: 'claim_rejected',
      title: '积分申报未通过',
      body: `您申报的${quoted(claim.itemName)}（${claim.date}）未通过审核。理由：${reason}`,
      refId: claim._id,
    },
    now,
  );
}

export function awardedMessage(entry: LedgerDoc, now: Date): MessageDoc {
  return message(
    entry.openid,
    entry._id,
    {
      kind: 'points_awarded',
      title: entry.points > 0 ? '获得积分' : '积分扣减',
      body: `${entry.byName}为您记录${quoted(entry.itemName)}${signed(entry.points)} 分（${entry.date}）。理由：${entry.reason}`,
      refId: entry._id,
    },
    now,
  );
}

export function correctedMessage(correction: LedgerDoc, now: Date): MessageDoc {
  return message(
    correction.openid,
    correction._id,
    {
      kind: 'points_corrected',
      title: '积分已更正',
      body: `您${quoted(correction.itemName)}（${correction.date}）的积分已更正，${signed(correction.points)} 分。理由：${correction.reason}`,
      refId: correction._id,
    },
    now,
  );
}
