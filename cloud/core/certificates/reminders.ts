// 证书到期提醒: due on exactly the 90th, 30th and 7th day before the (effective) expiry, China days,
// and once expired; each stays due until its owner dismisses it or the next one falls due. Each comes
// with the kind's materials list and, given a position, the nearest stations offering 证书办理帮办.
import { certificateKind, effectiveExpiry, milestoneOn, type CertificateReminder } from '../../../contracts/certificates';
import { chinaDate, daysBetween } from '../../../contracts/stations-hours';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { _, updatedCount } from '../sdk';
import { nearby } from '../stations/nearby';
import { certificates } from './docs';
import { birthDateOf, ownCertificate, ownCertificates } from './wallet';

function message(kindName: string, milestone: number, daysLeft: number, expiry: string): string {
  if (milestone === 0) return `${kindName}已于 ${expiry} 到期，请尽快办理换证`;
  return `${kindName}将于 ${expiry} 到期（还有 ${daysLeft} 天），请提前准备换证`;
}

export async function dueReminders(actor: Actor, position: { lat?: number; lng?: number } | undefined, now: Date): Promise<CertificateReminder[]> {
  const today = chinaDate(now);
  const [docs, birthDate] = await Promise.all([ownCertificates(actor.openid), birthDateOf(actor.openid)]);
  const due: CertificateReminder[] = [];
  for (const c of docs) {
    if (c.archivedAt !== null) continue;
    const expiry = effectiveExpiry(c.kind, c.expiresOn, birthDate);
    const milestone = milestoneOn(expiry, today);
    if (expiry === null || milestone === null || c.dismissed.includes(milestone)) continue;
    // An expired certificate reminds for a month, then stays in the archive.
    const daysLeft = daysBetween(today, expiry);
    if (milestone === 0 && daysLeft < -30) continue;
    const kind = certificateKind(c.kind);
    const kindName = c.kind === 'other' && c.title ? c.title : (kind?.name ?? c.kind);
    due.push({
      certificateId: c._id,
      kindName,
      milestone,
      daysLeft,
      expiresOn: expiry,
      message: message(kindName, milestone, daysLeft, expiry),
      materials: kind?.materials ?? [],
      serviceId: 'cert_help',
      stations: [],
    });
  }
  if (due.length && position?.lat !== undefined && position.lng !== undefined) {
    const near = await nearby({ lat: position.lat, lng: position.lng, serviceId: 'cert_help', limit: 3 }, now);
    const stations = near.map((s) => ({ id: s.id, name: s.name, distanceKm: s.distanceKm, statusLabel: s.statusLabel }));
    for (const r of due) r.stations = stations;
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft);
}

export async function dismissReminder(actor: Actor, id: string, milestone: number): Promise<null> {
  await ownCertificate(actor, id);
  if (![0, 7, 30, 90].includes(milestone)) throw new AppError('INVALID_INPUT', '提醒不存在');
  await updatedCount(certificates().where({ _id: id, openid: actor.openid }).update({ data: { dismissed: _.addToSet(milestone) } }));
  return null;
}
