import type { Claim } from '@contracts/points';
import { call } from '@/api/client';
import { uploadClaimPhoto } from '@/api/storage';
import { registerSender } from '@/offline/outbox';

/** A points claim as it waits in the outbox: the form's fields; its photos travel as outbox files. */
export interface ClaimDraft {
  itemId: string;
  itemName: string;
  points: number;
  date: string;
  note: string;
  /** Whose claims/<openid>/ folder the photos go to. */
  openid: string;
}

declare module '@/offline/outbox' {
  interface OutboxKinds {
    'points.claim': { input: ClaimDraft; result: Claim };
  }
}

/** Claims queue (a claim with its photos is worth keeping until the signal returns): photos first, then the claim. */
registerSender('points.claim', {
  upload: (local, draft) => uploadClaimPhoto(draft.openid, local),
  // The same request id on every resend: the server files the claim once.
  send: (draft, requestId, photos) => call('points', 'claim', { requestId, itemId: draft.itemId, date: draft.date, note: draft.note, photos }),
  landed: '待发送的申报已提交',
});
