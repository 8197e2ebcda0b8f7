import type { Booking } from '@contracts/stations';
import { call } from '@/api/client';
import { registerSender } from '@/offline/outbox';

/** A booking cancellation as it waits for the signal: the booking and how the person knows it. */
export interface CancelDraft {
  id: string;
  /** “济舟港湾”红色驿站 · 证书办理帮办 · 5月3日 09:00 */
  label: string;
}

declare module '@/offline/outbox' {
  interface OutboxKinds {
    'stations.cancelBooking': { input: CancelDraft; result: Booking };
  }
}

/**
 * Cancellations queue: made before the deadline with no signal, they are sent when it returns.
 * The server answers a second cancellation like the first, so a resend whose answer was lost is harmless.
 * (Booking itself does not queue: a seat is only worth having now.)
 */
registerSender('stations.cancelBooking', {
  send: (draft) => call('stations', 'cancelBooking', { id: draft.id }),
  landed: '待发送的取消预约已提交',
});
