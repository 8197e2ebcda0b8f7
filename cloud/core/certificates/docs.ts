// The stored certificate wallet: one document per certificate (`_id` from the client's request id:
// a retried create happens once) and one per person for the birth date the rules need. Only the
// owner's own openid ever reads these (see access in wallet.ts); no admin path exists.
import type { CertificateKindId } from '../../../contracts/certificates';
import { db } from '../sdk';

export const CERTIFICATES = 'certificates';
export const CERT_PROFILES = 'certProfiles';

export const certificates = () => db.collection(CERTIFICATES);
export const certProfiles = () => db.collection(CERT_PROFILES);

export interface CertificateDoc {
  _id: string;
  openid: string;
  kind: CertificateKindId;
  title: string;
  number: string;
  issuedOn: string;
  expiresOn: string | null;
  photo: string | null;
  /** Set when the owner archived it (replaced by a new one); expired ones are listed as archived too. */
  archivedAt: Date | null;
  /** Reminder milestones the owner has dismissed (90, 30, 7, 0). */
  dismissed: number[];
  createdAt: Date;
  updatedAt: Date;
}

export interface CertProfileDoc {
  _id: string;
  birthDate: string | null;
  updatedAt: Date;
}
