import type { Certificate, CertificateKindId } from '@contracts/certificates';
import { call } from '@/api/client';
import { uploadImage } from '@/api/storage';
import { registerSender } from '@/offline/outbox';

/** A new certificate as it waits for the signal; its photo travels as the outbox's file. */
export interface CertificateDraft {
  kind: CertificateKindId;
  kindName: string;
  title: string;
  number: string;
  issuedOn: string;
  expiresOn: string | null;
  /** Whose certificates/<openid>/ folder the photo goes to. */
  openid: string;
}

declare module '@/offline/outbox' {
  interface OutboxKinds {
    'certificates.save': { input: CertificateDraft; result: { certificate: Certificate; warnings: string[] } };
  }
}

/** Added offline, sent once when the signal returns: the photo first, the same request id every time. */
registerSender('certificates.save', {
  upload: (local, draft) => uploadImage('certificates', draft.openid, local),
  send: (d, requestId, photos) =>
    call('certificates', 'save', { requestId, kind: d.kind, title: d.title, number: d.number, issuedOn: d.issuedOn, expiresOn: d.expiresOn, photo: photos[0] ?? null }),
  landed: '待发送的证书已保存',
});
