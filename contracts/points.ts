import * as z from 'zod/mini';
import { cursor, id, requestId, text } from './fields';
import './validation';

/** 党员量化积分: the standard (参考标准), claims, the ledger, totals, rankings, stars (评星定级). */

export type CapPeriod = 'day' | 'month' | 'year';

export interface PointsCategory {
  id: string;
  /** 政治学习, 组织生活, 志愿服务, 先锋作用, 荣誉奖励, 扣分项 … */
  name: string;
}

export interface PointsItem {
  id: string;
  categoryId: string;
  name: string;
  /** Whole points; negative for a deduction (扣分). */
  points: number;
  /** Most points (in absolute value) one member may get from this item per period; absent = no cap. */
  caps: Partial<Record<CapPeriod, number>>;
  /** A claim needs at least one photo. */
  evidenceRequired: boolean;
  /** Members may claim it; otherwise only the branch awards (or deducts) it. */
  claimable: boolean;
  /** Retired items stay for history but cannot be claimed or awarded. */
  active: boolean;
  /** Volunteer activities may grant it (the 志愿服务 items by default); no other item can be attached to one. */
  forActivities: boolean;
}

export interface StarLevel {
  /** 1 to 5. */
  stars: number;
  /** Yearly total needed for this star. */
  minPoints: number;
}

export interface PointsStandard {
  orgId: string;
  /** Goes up by one on every save; ledger entries keep the points of the version they were granted under. */
  version: number;
  categories: PointsCategory[];
  items: PointsItem[];
  stars: StarLevel[];
  updatedAt: string;
}

export type LedgerSource = 'claim' | 'activity' | 'award' | 'deduction' | 'correction';

/** One append-only change of a member's points. Never edited: a mistake gets a reversing entry. */
export interface LedgerEntry {
  id: string;
  openid: string;
  memberName: string;
  branchId: string;
  year: number;
  /** The day the points are for, YYYY-MM-DD (China time). */
  date: string;
  points: number;
  categoryId: string;
  categoryName: string;
  itemId: string | null;
  itemName: string;
  source: LedgerSource;
  /** The claim, activity or award request this came from; granting is idempotent on it. */
  sourceId: string;
  reason: string;
  byName: string;
  at: string;
  /** For a correction: the entry it reverses. */
  reverses: string | null;
}

export type ClaimStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface Claim {
  id: string;
  openid: string;
  memberName: string;
  branchId: string;
  itemId: string;
  itemName: string;
  categoryName: string;
  points: number;
  date: string;
  note: string;
  /** cloud:// file IDs. */
  photos: string[];
  status: ClaimStatus;
  /** Why it was rejected. */
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
  decidedByName: string | null;
}

export interface StarInfo {
  stars: number;
  minPoints: number;
}

/** Everything the 积分 tab shows, in one call. */
export interface PointsSummary {
  year: number;
  total: number;
  byCategory: Array<{ categoryId: string; name: string; points: number }>;
  star: StarInfo | null;
  nextStar: (StarInfo & { missing: number }) | null;
  /** 1-based; null when the member has no points yet this year. */
  branchRank: number | null;
  branchSize: number;
  orgRank: number | null;
  orgSize: number;
  recent: LedgerEntry[];
  pendingClaims: number;
}

/** "Gap to the next star": how many points are missing and which items still have room. */
export interface GapMeter {
  year: number;
  total: number;
  nextStar: (StarInfo & { missing: number }) | null;
  items: Array<{
    itemId: string;
    name: string;
    categoryName: string;
    points: number;
    /** Points still available under the tightest cap; null = no cap. */
    room: number | null;
    /** The period of the tightest cap. */
    period: CapPeriod | null;
  }>;
}

export interface RankingRow {
  rank: number;
  openid: string;
  name: string;
  branchName: string;
  total: number;
  stars: number;
}

export interface RankingPage {
  rows: RankingRow[];
  page: number;
  pageSize: number;
  /** Members ranked in this scope. */
  size: number;
  /** The caller's own row, wherever it falls. */
  me: RankingRow | null;
}

export interface BranchRankingRow {
  rank: number;
  branchId: string;
  name: string;
  members: number;
  total: number;
  /** Average points per member with points, one decimal. */
  average: number;
}

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; null at the end. */
  cursor: string | null;
}

export interface Message {
  id: string;
  kind:
    | 'claim_approved'
    | 'claim_rejected'
    | 'points_awarded'
    | 'points_corrected'
    | 'activity_cancelled'
    | 'activity_promoted'
    | 'booking_promoted'
    | 'parcel_arrived'
    | 'activity_reminder'
    | 'booking_reminder'
    | 'certificate_reminder'
    | 'claims_waiting'
    | 'image_rejected';
  title: string;
  body: string;
  /** The claim, ledger entry or activity it is about. */
  refId: string;
  read: boolean;
  createdAt: string;
}

// ---- inputs ---------------------------------------------------------------

const year = z.optional(z.int().check(z.gte(2000, '年份无效'), z.lte(2100, '年份无效')));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'));
/**
 * A photo the caller uploaded: cloud://<env>.<bucket>/claims/<openid>/<file>. The server checks the
 * folder is the caller's, the env its own, and that the file exists.
 */
const photo = z.string().check(z.regex(/^cloud:\/\/[^/]+\/claims\/[A-Za-z0-9_-]+\/[A-Za-z0-9._-]+$/, '照片无效，请重新上传'));
const reason = text({ label: '理由', min: 1, max: 200 });

const capValue = z.optional(z.int().check(z.positive('上限须为正整数')));
export const PointsItemInput = z.strictObject({
  id,
  categoryId: id,
  name: text({ label: '项目名称', min: 1, max: 40 }),
  points: z.int('分值须为整数').check(z.gte(-100, '单项分值不超过 ±100'), z.lte(100, '单项分值不超过 ±100'), z.refine((n) => n !== 0, '分值不能为 0')),
  caps: z.strictObject({ day: capValue, month: capValue, year: capValue }),
  evidenceRequired: z.boolean(),
  claimable: z.boolean(),
  active: z.boolean(),
  /** Absent (an older app): the 志愿服务 category's items, as in the default standard. */
  forActivities: z.optional(z.boolean()),
});

export const SaveStandardInput = z.strictObject({
  /** The version being edited: a save over someone else's newer save is refused (CONFLICT). */
  baseVersion: z.int(),
  categories: z
    .array(z.strictObject({ id, name: text({ label: '类别名称', min: 1, max: 20 }) }))
    .check(z.minLength(1, '至少需要一个类别'), z.maxLength(20)),
  items: z.array(PointsItemInput).check(z.minLength(1, '至少需要一个项目'), z.maxLength(200)),
  stars: z
    .array(z.strictObject({ stars: z.int().check(z.gte(1), z.lte(5)), minPoints: z.int().check(z.gte(0)) }))
    .check(z.maxLength(5)),
});

export const GetStandardInput = z.optional(z.strictObject({}));
export const SummaryInput = z.optional(z.strictObject({ year }));
export const GapInput = z.optional(z.strictObject({ year }));

export const ClaimInput = z.strictObject({
  /** Chosen by the app once per claim attempt: a double tap or a retry files the claim once. */
  requestId,
  itemId: id,
  date,
  note: text({ label: '说明', max: 500, multiline: true }),
  photos: z.array(photo).check(z.maxLength(3, '最多 3 张照片')),
});

export const WithdrawClaimInput = z.strictObject({ claimId: id });
export const GetClaimInput = z.strictObject({ claimId: id });
export const MyClaimsInput = z.optional(z.strictObject({ cursor }));

/** Branch admin: own branch; org admin: a branch of the org (branchId required). */
export const ClaimQueueInput = z.optional(z.strictObject({ branchId: z.optional(id), cursor }));

export const DecideClaimsInput = z
  .strictObject({
    /** Once per decision attempt: a retry answers with the first result. */
    requestId,
    claimIds: z.array(id).check(z.minLength(1, '请选择申请'), z.maxLength(50, '一次最多审核 50 条')),
    approve: z.boolean(),
    reason: z.optional(reason),
  })
  .check(z.refine((v) => v.approve || !!v.reason, { message: '驳回时请填写理由', path: ['reason'] }));

export const AwardInput = z.strictObject({
  /** Chosen by the client once per award, so a retried request grants once. */
  requestId,
  openid: id,
  itemId: id,
  date,
  reason,
});

export const CorrectInput = z.strictObject({ entryId: id, reason });

export const LedgerInput = z.optional(
  z.strictObject({
    year,
    /** A branch admin may read a member of their branch; default is the caller. */
    openid: z.optional(id),
    cursor,
    limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
  }),
);

export const RankingInput = z.strictObject({
  scope: z.enum(['branch', 'org']),
  year,
  page: z.optional(z.int().check(z.gte(1), z.lte(1000))),
  pageSize: z.optional(z.int().check(z.gte(1), z.lte(100))),
});

export const BranchRankingInput = z.optional(z.strictObject({ year }));
export const ExportBranchInput = z.optional(z.strictObject({ year, branchId: z.optional(id) }));

export const ListMessagesInput = z.optional(z.strictObject({ cursor }));
export const MarkReadInput = z.strictObject({ ids: z.optional(z.array(id).check(z.maxLength(100))) });
