// 证书到期提醒: on the 90th, 30th and 7th day before a certificate's effective expiry (China days;
// the 65th birthday counts when the kind is capped there), its owner is reminded once per milestone
// (`certificate_<id>_<openid>_<days>`). A milestone missed for up to 2 days (an outage) is still
// sent; one the owner already dismissed in the app is not.
import {
  addYears,
  certificateKind,
  CERTIFICATE_KINDS,
  effectiveExpiry,
  REMINDER_DAYS,
} from '../../../contracts/certificates';
import { addDays, chinaDate, daysBetween } from '../../../contracts/stations-hours';
import { stableId } from '../points/ids';
import { _, findByIds, getList, MAX_LIMIT } from '../sdk';
import { CERT_PROFILES, certificates, certProfiles, type CertificateDoc, type CertProfileDoc } from '../certificates/docs';
import { chinaDayText } from '../subscribe/format';
import { isDaytime } from './clock';
import type { Notice } from '../subscribe/deliver';
import { deliverAll, type TaskResult } from './notices';

/** Days after a milestone that it is still sent (the job was down, or failed that day). */
export const CATCH_UP_DAYS = 2;

const CAPPED_KINDS = CERTIFICATE_KINDS.filter((k) => k.capAt65).map((k) => k.id as string);

/** The expiry dates whose milestone falls due today or in the catch-up days before. */
function dueExpiries(today: string): string[] {
  return REMINDER_DAYS.flatMap((m) => Array.from({ length: CATCH_UP_DAYS + 1 }, (_v, k) => addDays(today, m - k)));
}

/** The milestone due for an expiry today, if any. */
export function dueMilestone(expiry: string, today: string): number | null {
  const left = daysBetween(today, expiry);
  return REMINDER_DAYS.find((m) => left <= m && left >= m - CATCH_UP_DAYS) ?? null;
}

async function candidates(today: string): Promise<{ certs: CertificateDoc[]; births: Map<string, string | null> }> {
  const expiries = dueExpiries(today);
  // Stated expiry due, or a capped kind whose holder turns 65 on a due day.
  const byExpiry = await getList<CertificateDoc>(certificates().where({ expiresOn: _.in(expiries), archivedAt: null }).limit(MAX_LIMIT));
  const turning65 = await getList<CertProfileDoc>(
    certProfiles()
      .where({ birthDate: _.in(expiries.map((d) => addYears(d, -65))) })
      .limit(MAX_LIMIT),
  );
  const capped: CertificateDoc[] = [];
  for (const p of turning65) {
    capped.push(...(await getList<CertificateDoc>(certificates().where({ openid: p._id }).limit(200))).filter((c) => CAPPED_KINDS.includes(c.kind)));
  }
  const certs = new Map([...byExpiry, ...capped].filter((c) => c.archivedAt === null).map((c) => [c._id, c]));
  const owners = [...new Set([...certs.values()].map((c) => c.openid))];
  const profiles = await findByIds<CertProfileDoc>(CERT_PROFILES, owners);
  const births = new Map(owners.map((o) => [o, profiles.find((p) => p._id === o)?.birthDate ?? null]));
  return { certs: [...certs.values()], births };
}

export async function certificateReminders(now: Date): Promise<TaskResult> {
  if (!isDaytime(now)) return { skipped: '夜间不发送' };
  const today = chinaDate(now);
  const { certs, births } = await candidates(today);
  const notices: Notice[] = [];
  for (const c of certs) {
    const expiry = effectiveExpiry(c.kind, c.expiresOn, births.get(c.openid) ?? null);
    const milestone = expiry ? dueMilestone(expiry, today) : null;
    if (!expiry || milestone === null || c.dismissed.includes(milestone)) continue;
    const kindName = c.kind === 'other' && c.title ? c.title : (certificateKind(c.kind)?.name ?? c.kind);
    const left = daysBetween(today, expiry);
    const key = `certificate_${c._id}_${c.openid}_${milestone}`;
    notices.push({
      key,
      kind: 'certificate',
      openid: c.openid,
      message: {
        _id: stableId('msg_', key),
        openid: c.openid,
        kind: 'certificate_reminder' as const,
        title: '证书即将到期',
        body: `您的${kindName}将于 ${chinaDayText(expiry)} 到期（还有 ${left} 天），请提前准备换证材料，可到驿站“证书办理帮办”咨询。`,
        refId: c._id,
        read: false,
        createdAt: now,
      },
      push: { template: 'certificateReminder' as const, values: { name: kindName, expiry, note: `还有 ${left} 天到期，请提前换证` } },
    });
  }
  return deliverAll(notices, now);
}
