import * as z from 'zod/mini';
import './validation';
import { id, requestId, text } from './fields';
import {
  blocks,
  FigureInput,
  imageId,
  type Block,
  type DraftState,
  type Engagement,
  type Figure,
  type ShareCard,
} from './brands';
import { day, type LinkedActivity } from './brands-projects';

/**
 * 党建联盟: branches of different units that study together, hold joint activities and share
 * resources. Its org admin edits and publishes it and records 联席会议; the secretaries of member
 * branches in RedSail post what their unit offers (资源清单) and needs (需求清单), and the read shows
 * which offers answer which needs.
 */

export interface AllianceMember {
  /** Chosen by the editor, unique in the alliance: offers refer to it. */
  key: string;
  /** 广西海事局 */
  unit: string;
  /** 机关第三党支部 */
  branchName: string;
  /** The branch in RedSail, when it has one: its secretary may post the unit's offers and needs. */
  branchId: string | null;
  /** 牵头单位 */
  lead: boolean;
}

/** A mechanism (政治理论联学 …) or a platform (党史学习教育学习平台 …). */
export interface NamedItem {
  name: string;
  text: string;
}

export interface AllianceContent {
  name: string;
  /** 宗旨 */
  purpose: string;
  cover: string | null;
  logo: string | null;
  story: Block[];
  members: AllianceMember[];
  mechanisms: NamedItem[];
  platforms: NamedItem[];
  results: Figure[];
}

export interface Alliance extends AllianceContent {
  id: string;
  orgId: string;
  orgName: string;
  publishedAt: string | null;
}

/** 联席会议 */
export interface AllianceMeeting {
  id: string;
  date: string;
  title: string;
  place: string;
  /** Member keys of the units present. */
  units: string[];
  summary: string;
  decisions: string[];
  images: string[];
  byName: string;
  at: string;
}

export type OfferKind = 'resource' | 'need';
export type OfferCategory = 'venue' | 'study' | 'expertise' | 'approval' | 'volunteer' | 'publicity' | 'other';
export const OFFER_CATEGORIES: Record<OfferCategory, string> = {
  venue: '场地阵地',
  study: '学习教育',
  expertise: '专业技术',
  approval: '政策审批',
  volunteer: '志愿服务',
  publicity: '宣传渠道',
  other: '其他',
};

/** A line of the 资源清单 (resource) or 需求清单 (need). */
export interface AllianceOffer {
  id: string;
  kind: OfferKind;
  memberKey: string;
  unit: string;
  title: string;
  detail: string;
  category: OfferCategory;
  tags: string[];
  status: 'open' | 'closed';
  byName: string;
  createdAt: string;
  /** The caller posted it or runs the alliance: may close it. */
  canClose: boolean;
}

/** A resource that may answer a need, and why: same category, shared tags. */
export interface OfferMatch {
  resourceId: string;
  score: number;
  /** 同属“学习教育”类；共同标签：党史学习 */
  reasons: string[];
}

export interface AllianceDetail {
  alliance: Alliance;
  /** Newest first, at most 50. */
  meetings: AllianceMeeting[];
  resources: AllianceOffer[];
  needs: AllianceOffer[];
  /** For each open need: the open resources of other units that answer it, best first (at most 3). */
  matches: Array<{ needId: string; resources: OfferMatch[] }>;
  /** 实践活动联办: volunteer activities posted under the alliance. */
  activities: LinkedActivity[];
  engagement: Engagement;
  share: ShareCard;
  canEdit: boolean;
  /** Member keys the caller may post offers and needs for. */
  canPostFor: string[];
}

export interface AllianceCard {
  id: string;
  name: string;
  purpose: string;
  orgName: string;
  cover: string | null;
  members: number;
  openNeeds: number;
  likes: number;
  views: number;
}

export interface AllianceDraft {
  allianceId: string;
  content: AllianceContent;
  state: DraftState;
}

// ---- inputs ------------------------------------------------------------------

const MemberInput = z.strictObject({
  key: id,
  unit: text({ label: '成员单位', min: 2, max: 40 }),
  branchName: text({ label: '党组织名称', min: 2, max: 40 }),
  branchId: z.nullable(id),
  lead: z.boolean(),
});

const NamedInput = (label: string) =>
  z.strictObject({
    name: text({ label: `${label}名称`, min: 2, max: 30 }),
    text: text({ label: `${label}说明`, max: 300, multiline: true }),
  });

export const AllianceContentInput = z
  .strictObject({
    name: text({ label: '联盟名称', min: 4, max: 40 }),
    purpose: text({ label: '联盟宗旨', max: 600, multiline: true }),
    cover: z.nullable(imageId),
    logo: z.nullable(imageId),
    story: blocks(40),
    members: z
      .array(MemberInput)
      .check(z.minLength(2, '联盟至少需要 2 个成员单位'), z.maxLength(50, '成员单位最多 50 个')),
    mechanisms: z.array(NamedInput('机制')).check(z.maxLength(10, '机制最多 10 项')),
    platforms: z.array(NamedInput('平台')).check(z.maxLength(10, '平台最多 10 项')),
    results: z.array(FigureInput).check(z.maxLength(12, '成效最多 12 项')),
  })
  .check(
    z.refine((v) => new Set(v.members.map((m) => m.key)).size === v.members.length, {
      message: '成员编号重复',
      path: ['members'],
    }),
    z.refine(
      (v) => {
        const linked = v.members.flatMap((m) => (m.branchId ? [m.branchId] : []));
        return new Set(linked).size === linked.length;
      },
      { message: '同一个支部不能重复加入', path: ['members'] },
    ),
  );

/** The org admin's org owns it. */
export const CreateAllianceInput = z.strictObject({ requestId, content: AllianceContentInput });
export const SaveAllianceInput = z.strictObject({
  id,
  baseVersion: z.int().check(z.gte(1)),
  content: AllianceContentInput,
});
export const ListAlliancesInput = z.optional(z.strictObject({ orgId: z.optional(id) }));

export const AddMeetingInput = z.strictObject({
  allianceId: id,
  requestId,
  date: day,
  title: text({ label: '会议名称', min: 2, max: 40 }),
  place: text({ label: '会议地点', max: 40 }),
  units: z.array(id).check(z.maxLength(50)),
  summary: text({ label: '会议纪要', min: 2, max: 1000, multiline: true }),
  decisions: z.array(text({ label: '议定事项', min: 2, max: 100 })).check(z.maxLength(10, '议定事项最多 10 条')),
  images: z.array(imageId).check(z.maxLength(9, '最多 9 张图片')),
});

const tag = text({ label: '标签', min: 1, max: 8 });

export const PostOfferInput = z.strictObject({
  allianceId: id,
  requestId,
  kind: z.enum(['resource', 'need']),
  /** The member unit it is for: a secretary's own unit; the org admin names any. */
  memberKey: id,
  title: text({ label: '标题', min: 2, max: 30 }),
  detail: text({ label: '详细说明', max: 300, multiline: true }),
  category: z.enum(['venue', 'study', 'expertise', 'approval', 'volunteer', 'publicity', 'other']),
  tags: z.array(tag).check(z.maxLength(5, '标签最多 5 个')),
});

export const CloseOfferInput = z.strictObject({ allianceId: id, offerId: id });
