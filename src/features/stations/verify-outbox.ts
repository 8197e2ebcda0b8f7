import type { VerifyResult } from '@contracts/stations';
import { call } from '@/api/client';
import { registerSender } from '@/offline/outbox';

/** A 核销 the staff device made with no signal (checked with verifyPass and the stored day board). */
export interface VerificationDraft {
  stationId: string;
  bookingId: string;
  code: string;
  /** When it was checked, ISO (the device's clock; the server keeps it within reason). */
  at: string;
  via: 'scan' | 'typed';
  /** 张** · 证书办理帮办 09:00 */
  label: string;
}

declare module '@/offline/outbox' {
  interface OutboxKinds {
    'stations.verification': { input: VerificationDraft; result: { bookingId: string } & VerifyResult };
  }
}

/** 待同步: sent with syncVerifications when the signal returns; a code used twice is reported then. */
registerSender('stations.verification', {
  send: async (d) => {
    const [result] = await call('stations', 'syncVerifications', {
      stationId: d.stationId,
      items: [{ bookingId: d.bookingId, code: d.code, at: d.at, via: d.via }],
    });
    return result!;
  },
  landed: '待同步的核销已提交',
});
