import * as z from 'zod/mini';
import './validation';
import { id, requestId, text } from './fields';
import { addDays, daysBetween } from './stations-hours';

/**
 * 我的证书: a crew member's certificate wallet. Validity rules per kind are data (field notes §1.4:
 * 海员证 ≤ 5 years and never past the 65th birthday; 健康证 ≤ 2 years; …); the server checks a new
 * certificate against them and the app may pre-check with the same function.
 */

export interface CertificateKind {
  id: string;
  name: string;
  /** Longest validity in years; null: no limit (长期有效). */
  maxYears: number | null;
  /** May be recorded without an expiry (长期有效). */
  mayBeLongTerm: boolean;
  /** Expiry never after the holder's 65th birthday (needs the birth date to check). */
  capAt65: boolean;
  /** What to bring to 证书办理帮办 to renew it. */
  materials: string[];
  note: string;
}

export const CERTIFICATE_KINDS = [
  {
    id: 'seafarer_passport',
    name: '海员证',
    maxYears: 5,
    mayBeLongTerm: false,
    capAt65: true,
    materials: ['原海员证', '身份证', '近期白底证件照', '船员服务簿', '健康证明'],
    note: '有效期最长 5 年，且不超过持证人 65 周岁生日；剩余有效期不足 12 个月可申请换发。',
  },
  {
    id: 'competency_officer',
    name: '适任证书（船长、驾驶员、轮机员）',
    maxYears: 5,
    mayBeLongTerm: false,
    capAt65: false,
    materials: ['原适任证书', '身份证', '海上服务资历证明', '健康证明', '近期白底证件照'],
    note: '有效期最长 5 年。',
  },
  {
    id: 'competency_rating',
    name: '适任证书（值班水手、值班机工等）',
    maxYears: null,
    mayBeLongTerm: true,
    capAt65: true,
    materials: ['原适任证书', '身份证', '健康证明'],
    note: '长期有效，但不超过持证人 65 周岁生日。',
  },
  {
    id: 'health',
    name: '健康证',
    maxYears: 2,
    mayBeLongTerm: false,
    capAt65: false,
    materials: ['身份证', '近期白底证件照', '指定医疗机构体检报告'],
    note: '有效期最长 2 年；在航行中到期的，可延续至下一停靠港，最长不超过 3 个月。',
  },
  {
    id: 'training',
    name: '培训合格证',
    maxYears: 5,
    mayBeLongTerm: true,
    capAt65: false,
    materials: ['原培训合格证', '身份证', '培训或再有效的证明'],
    note: '按培训项目不同，有效期为 5 年、2 年或长期。',
  },
  {
    id: 'service_book',
    name: '船员服务簿',
    maxYears: null,
    mayBeLongTerm: true,
    capAt65: false,
    materials: ['原服务簿', '身份证'],
    note: '长期有效。',
  },
  { id: 'other', name: '其他证书', maxYears: null, mayBeLongTerm: true, capAt65: false, materials: ['原证书', '身份证'], note: '' },
] as const satisfies readonly CertificateKind[];

export type CertificateKindId = (typeof CERTIFICATE_KINDS)[number]['id'];
export const CERTIFICATE_KIND_IDS = CERTIFICATE_KINDS.map((k) => k.id) as [CertificateKindId, ...CertificateKindId[]];

export function certificateKind(id: string): CertificateKind | undefined {
  return CERTIFICATE_KINDS.find((k) => k.id === id);
}

/** 有效, 即将到期 (90 days or fewer), 已过期 (the day after the expiry date). */
export type CertificateBadge = 'valid' | 'expiring' | 'expired';
export const BADGE_LABELS: Record<CertificateBadge, string> = { valid: '有效', expiring: '即将到期', expired: '已过期' };
export const EXPIRING_DAYS = 90;
/** Reminders fall due on these days before expiry (and stay due until dismissed or the next one). */
export const REMINDER_DAYS = [90, 30, 7] as const;

export interface Certificate {
  id: string;
  kind: CertificateKindId;
  kindName: string;
  /** A name for 其他证书. */
  title: string;
  /** In full to its owner; anyone else only ever sees it masked. */
  number: string;
  issuedOn: string;
  /** null: 长期有效. */
  expiresOn: string | null;
  /** The date that counts: the expiry, or the 65th birthday when the kind caps there and it comes first. */
  effectiveExpiry: string | null;
  photo: string | null;
  badge: CertificateBadge;
  badgeLabel: string;
  /** Days from today (China) to the effective expiry; negative when past. */
  daysLeft: number | null;
  /** Expired ones, and ones the owner archived (replaced), are kept and listed apart. */
  archived: boolean;
  createdAt: string;
}

export interface CertificateReminder {
  certificateId: string;
  kindName: string;
  /** 90, 30, 7, or 0 once expired. */
  milestone: number;
  daysLeft: number;
  expiresOn: string;
  message: string;
  /** What to bring to 证书办理帮办. */
  materials: string[];
  /** Find stations with this service (stations.nearby { serviceId }); the nearest, when a position was given. */
  serviceId: 'cert_help';
  stations: Array<{ id: string; name: string; distanceKm: number | null; statusLabel: string }>;
}

export interface Wallet {
  birthDate: string | null;
  certificates: Certificate[];
  archived: Certificate[];
}

/** Masks all but the first and last 4 characters: 1234****5678. */
export function maskNumber(n: string): string {
  if (n.length <= 4) return '*'.repeat(n.length);
  if (n.length <= 8) return `${n.slice(0, 2)}${'*'.repeat(n.length - 4)}${n.slice(-2)}`;
  return `${n.slice(0, 4)}****${n.slice(-4)}`;
}

/** Adds whole years to a date; 29 February falls back to 28 February. */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const candidate = `${String(y).padStart(4, '0')}-${md}`;
  return md === '02-29' && !isRealDate(candidate) ? `${y}-02-28` : candidate;
}

export function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

export interface RuleInput {
  kind: string;
  issuedOn: string;
  expiresOn: string | null;
  birthDate: string | null;
}

/** Why the dates do not fit the kind's rule, in Chinese; null when they do. Days are China days. */
export function checkValidity(input: RuleInput, today: string): { error: string | null; warnings: string[] } {
  const kind = certificateKind(input.kind);
  if (!kind) return { error: '证书类型不存在', warnings: [] };
  const warnings: string[] = [];
  if (!isRealDate(input.issuedOn)) return { error: '签发日期无效', warnings };
  if (input.issuedOn > today) return { error: '签发日期不能晚于今天', warnings };
  if (input.expiresOn === null) {
    if (!kind.mayBeLongTerm) return { error: `${kind.name}没有长期有效的，请填写到期日期`, warnings };
  } else {
    if (!isRealDate(input.expiresOn)) return { error: '到期日期无效', warnings };
    if (input.expiresOn <= input.issuedOn) return { error: '到期日期须晚于签发日期', warnings };
    if (kind.maxYears !== null) {
      const latest = addYears(input.issuedOn, kind.maxYears);
      if (input.expiresOn > latest) {
        return {
          error: `${kind.name}有效期最长 ${kind.maxYears} 年：签发日期 ${input.issuedOn}，到期日期最晚为 ${latest}，请核对证书上的日期`,
          warnings,
        };
      }
    }
  }
  if (kind.capAt65) {
    if (!input.birthDate) warnings.push(`未填写出生日期，无法核对${kind.name}不超过 65 周岁生日的规定`);
    else {
      const cap = addYears(input.birthDate, 65);
      if (input.expiresOn !== null && input.expiresOn > cap) {
        return { error: `${kind.name}有效期不能超过持证人 65 周岁生日（${cap}），请核对到期日期或出生日期`, warnings };
      }
      if (input.issuedOn >= cap) return { error: `持证人已满 65 周岁（${cap}），不能签发${kind.name}`, warnings };
    }
  }
  return { error: null, warnings };
}

/** The expiry that counts: the stated one, or the 65th birthday when the kind is capped there and it is earlier. */
export function effectiveExpiry(kindId: string, expiresOn: string | null, birthDate: string | null): string | null {
  const kind = certificateKind(kindId);
  const cap = kind?.capAt65 && birthDate ? addYears(birthDate, 65) : null;
  if (expiresOn === null) return cap;
  return cap && cap < expiresOn ? cap : expiresOn;
}

/** The badge on a China day: expired from the day after the expiry date; expiring within 90 days. */
export function badgeOn(expiry: string | null, today: string): { badge: CertificateBadge; daysLeft: number | null } {
  if (expiry === null) return { badge: 'valid', daysLeft: null };
  const daysLeft = daysBetween(today, expiry);
  if (daysLeft < 0) return { badge: 'expired', daysLeft };
  return { badge: daysLeft <= EXPIRING_DAYS ? 'expiring' : 'valid', daysLeft };
}

/** The reminder milestone in force on a day: 90, 30 or 7 from exactly that many days before, 0 once expired. */
export function milestoneOn(expiry: string | null, today: string): number | null {
  if (expiry === null) return null;
  const daysLeft = daysBetween(today, expiry);
  if (daysLeft < 0) return 0;
  const due = REMINDER_DAYS.filter((d) => daysLeft <= d);
  return due.length ? Math.min(...due) : null;
}

/** The day a milestone falls due. */
export function milestoneDate(expiry: string, milestone: number): string {
  return milestone === 0 ? addDays(expiry, 1) : addDays(expiry, -milestone);
}

// ---- inputs -----------------------------------------------------------------

const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'));

const certificateFields = {
  kind: z.enum(CERTIFICATE_KIND_IDS, '证书类型不存在'),
  title: text({ label: '证书名称', max: 30 }),
  number: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9-]{4,30}$/, '证书编号为 4 到 30 位字母、数字或连字符')),
  issuedOn: date,
  expiresOn: z.nullable(date),
  /** cloud storage under certificates/<openid>/ */
  photo: z.nullable(z.string().check(z.regex(/^cloud:\/\/[^/]+\/certificates\/[A-Za-z0-9_-]+\/[A-Za-z0-9._-]+$/, '证书照片无效'))),
};

export const SaveCertificateInput = z.strictObject({ requestId, ...certificateFields });
/** The owner corrects a certificate they added (a renewed one is added anew and the old one archived). */
export const UpdateCertificateInput = z.strictObject({ id, ...certificateFields });

export const CertificateIdInput = z.strictObject({ id });
export const SetBirthDateInput = z.strictObject({ birthDate: z.nullable(date) });
export const DismissReminderInput = z.strictObject({ id, milestone: z.int().check(z.gte(0), z.lte(90)) });
export const RemindersInput = z.optional(
  z.strictObject({
    lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
    lng: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  }),
);
export const WalletInput = z.optional(z.strictObject({}));
