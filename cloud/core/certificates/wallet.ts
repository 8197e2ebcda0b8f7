// 我的证书: only the owner reads or writes their certificates — every query is by the caller's own
// openid from the WeChat context, and no admin or staff path exists. A certificate shown to station
// staff (attached by its owner to a 证书办理帮办 booking) is masked there (stations/board.ts).
import type * as z from 'zod/mini';
import {
  BADGE_LABELS,
  badgeOn,
  certificateKind,
  checkValidity,
  effectiveExpiry,
  type Certificate,
  type SaveCertificateInput,
  type UpdateCertificateInput,
  type Wallet,
} from '../../../contracts/certificates';
import { chinaDate } from '../../../contracts/stations-hours';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { requestDocId } from '../request-id';
import { findById, getList, isDuplicateKey, updatedCount } from '../sdk';
import { CERTIFICATES, CERT_PROFILES, certificates, certProfiles, type CertProfileDoc, type CertificateDoc } from './docs';

export async function birthDateOf(openid: string): Promise<string | null> {
  return (await findById<CertProfileDoc>(CERT_PROFILES, openid))?.birthDate ?? null;
}

export function toCertificate(c: CertificateDoc, birthDate: string | null, now: Date): Certificate {
  const expiry = effectiveExpiry(c.kind, c.expiresOn, birthDate);
  const { badge, daysLeft } = badgeOn(expiry, chinaDate(now));
  return {
    id: c._id,
    kind: c.kind,
    kindName: certificateKind(c.kind)?.name ?? c.kind,
    title: c.title,
    number: c.number,
    issuedOn: c.issuedOn,
    expiresOn: c.expiresOn,
    effectiveExpiry: expiry,
    photo: c.photo,
    badge,
    badgeLabel: BADGE_LABELS[badge],
    daysLeft,
    archived: c.archivedAt !== null || badge === 'expired',
    createdAt: new Date(c.createdAt).toISOString(),
  };
}

/** The caller's own certificates: the first 200 are plenty for one person. */
export async function ownCertificates(openid: string): Promise<CertificateDoc[]> {
  return getList<CertificateDoc>(certificates().where({ openid }).orderBy('createdAt', 'desc').limit(200));
}

export async function wallet(actor: Actor, now: Date): Promise<Wallet> {
  const [docs, birthDate] = await Promise.all([ownCertificates(actor.openid), birthDateOf(actor.openid)]);
  const all = docs.map((c) => toCertificate(c, birthDate, now));
  const soonest = (a: Certificate, b: Certificate) => (a.effectiveExpiry ?? '9999').localeCompare(b.effectiveExpiry ?? '9999');
  return {
    birthDate,
    certificates: all.filter((c) => !c.archived).sort(soonest),
    archived: all.filter((c) => c.archived).sort(soonest),
  };
}

/** One of the caller's certificates; another person's is "not found", never "forbidden" (nothing leaks). */
export async function ownCertificate(actor: Actor, id: string): Promise<CertificateDoc> {
  const c = await findById<CertificateDoc>(CERTIFICATES, id);
  if (!c || c.openid !== actor.openid) throw new AppError('NOT_FOUND', '证书不存在');
  return c;
}

type CertificateFields = Omit<z.output<typeof SaveCertificateInput>, 'requestId'>;

/** Refuses what the kind's rule or the owner's folder do not allow; the rule's warnings otherwise. */
function checkFields(actor: Actor, input: CertificateFields, birthDate: string | null, now: Date): string[] {
  if (input.photo && !input.photo.includes(`/certificates/${actor.openid}/`)) {
    throw new AppError('INVALID_INPUT', '证书照片须上传到自己的证书目录');
  }
  if (input.kind === 'other' && !input.title) throw new AppError('INVALID_INPUT', '请填写证书名称');
  const { error, warnings } = checkValidity({ ...input, birthDate }, chinaDate(now));
  if (error) throw new AppError('INVALID_INPUT', error);
  return warnings;
}

const storedFields = (input: CertificateFields) => ({
  kind: input.kind,
  title: input.title,
  number: input.number.toUpperCase(),
  issuedOn: input.issuedOn,
  expiresOn: input.expiresOn,
  photo: input.photo,
});

export async function saveCertificate(
  actor: Actor,
  input: z.output<typeof SaveCertificateInput>,
  now: Date,
): Promise<{ certificate: Certificate; warnings: string[] }> {
  const _id = requestDocId('cert', actor.openid, input.requestId);
  const birthDate = await birthDateOf(actor.openid);
  const again = await findById<CertificateDoc>(CERTIFICATES, _id);
  if (again) return { certificate: toCertificate(again, birthDate, now), warnings: [] };
  const warnings = checkFields(actor, input, birthDate, now);
  const doc: CertificateDoc = {
    _id,
    openid: actor.openid,
    ...storedFields(input),
    archivedAt: null,
    dismissed: [],
    createdAt: now,
    updatedAt: now,
  };
  try {
    await certificates().add({ data: doc });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const first = await findById<CertificateDoc>(CERTIFICATES, _id);
    if (first) return { certificate: toCertificate(first, birthDate, now), warnings: [] };
  }
  return { certificate: toCertificate(doc, birthDate, now), warnings };
}

/** The owner corrects a certificate: checked as a new one is; dismissed reminders come back when the expiry moves. */
export async function updateCertificate(
  actor: Actor,
  input: z.output<typeof UpdateCertificateInput>,
  now: Date,
): Promise<{ certificate: Certificate; warnings: string[] }> {
  const c = await ownCertificate(actor, input.id);
  const birthDate = await birthDateOf(actor.openid);
  const warnings = checkFields(actor, input, birthDate, now);
  const patch = { ...storedFields(input), dismissed: input.expiresOn === c.expiresOn ? c.dismissed : [], updatedAt: now };
  await updatedCount(certificates().where({ _id: c._id, openid: actor.openid }).update({ data: patch }));
  return { certificate: toCertificate({ ...c, ...patch }, birthDate, now), warnings };
}

/** Archived (replaced), never deleted: an old certificate may still be asked for. */
export async function archiveCertificate(actor: Actor, id: string, now: Date): Promise<Certificate> {
  const c = await ownCertificate(actor, id);
  if (c.archivedAt === null) {
    await updatedCount(certificates().where({ _id: id, openid: actor.openid, archivedAt: null }).update({ data: { archivedAt: now, updatedAt: now } }));
  }
  return toCertificate({ ...c, archivedAt: c.archivedAt ?? now }, await birthDateOf(actor.openid), now);
}

export async function setBirthDate(actor: Actor, birthDate: string | null, now: Date): Promise<{ birthDate: string | null }> {
  const today = chinaDate(now);
  if (birthDate !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || Number.isNaN(Date.parse(birthDate)) || birthDate >= today || birthDate < '1900-01-01')) {
    throw new AppError('INVALID_INPUT', '出生日期无效');
  }
  await certProfiles().doc(actor.openid).set({ data: { birthDate, updatedAt: now } });
  return { birthDate };
}
