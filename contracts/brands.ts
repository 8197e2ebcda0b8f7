import * as z from 'zod/mini';
import './validation';
import { id, text } from './fields';

/**
 * 党建品牌: the organisation's main brand and each branch's brand (一主多元), the brand matrix, the
 * home carousel, views, likes and share cards. 书记项目 are in brands-projects.ts and 党建联盟 in
 * brands-alliances.ts; all three are showcases edited as a draft and published by the org admin.
 */

export type ShowcaseKind = 'brand' | 'project' | 'alliance';

// ---- rich content --------------------------------------------------------

/** A number with what it counts: 14 家协议码头进出船舶同比增长 26.3 %. */
export interface Figure {
  label: string;
  value: number;
  /** %, 艘次, 万人次, 小时 … (may be empty). */
  unit: string;
  year: number | null;
  /** Where the number comes from: 长江海事局“书记项目”成果展 … (may be empty). */
  source: string;
}

/**
 * Rich content is a list of blocks, never HTML: each block is validated and content-checked on its
 * own (a refusal names it: 故事第 3 段…), and images are real files the app can show and preview.
 */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'image'; fileId: string; caption: string }
  | { type: 'figure'; figure: Figure };

export interface Honour {
  name: string;
  level: HonourLevel;
  year: number | null;
  /** Who awarded it (may be empty when the source does not say). */
  issuer: string;
}

export type HonourLevel = 'national' | 'provincial' | 'municipal' | 'system' | 'other';
export const HONOUR_LEVELS: Record<HonourLevel, string> = {
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
  system: '系统内',
  other: '其他',
};

export interface GalleryImage {
  fileId: string;
  caption: string;
}

/** 载体: one way the brand's work is carried (an activity, a post, a mechanism). */
export interface Carrier {
  title: string;
  text: string;
}

// ---- live figures ----------------------------------------------------------

/** A result RedSail computes from its own data at read time, for the brand's branch or organisation. */
export type LiveMetric = 'members' | 'volunteerHours' | 'activitiesHeld' | 'averagePoints';

export const LIVE_METRICS: Record<LiveMetric, { label: string; unit: string }> = {
  members: { label: '党员人数', unit: '名' },
  volunteerHours: { label: '志愿服务时长', unit: '小时' },
  activitiesHeld: { label: '开展志愿活动', unit: '场' },
  averagePoints: { label: '党员人均积分', unit: '分' },
};

/** A result as shown: typed in by the editor (live false), or computed now (live true, with its basis). */
export type ResultFigure =
  | (Figure & { live: false })
  | (Figure & {
      live: true;
      metric: LiveMetric;
      /** How the number is computed, in a sentence the page can show under it. */
      basis: string;
      /** When it was computed (ISO). */
      asOf: string;
    });

/** What an editor stores for a result: a figure, or a live metric to compute on every read. */
export type ResultSpec = { kind: 'static'; figure: Figure } | { kind: 'live'; metric: LiveMetric; label: string };

// ---- engagement and sharing ------------------------------------------------

export interface Engagement {
  views: number;
  likes: number;
  /** The caller likes it. */
  liked: boolean;
}

/** What the page passes to useShareAppMessage: title, the page path with its query, an image (cloud:// file ID). */
export interface ShareCard {
  title: string;
  path: string;
  imageUrl: string | null;
}

/**
 * Where each showcase's page lives (the share card's path and the carousel's link). The app
 * engineer owns these paths: change them here when the pages land elsewhere.
 */
export const SHOWCASE_PAGES: Record<ShowcaseKind, string> = {
  brand: '/packages/brands/pages/brand/index',
  project: '/packages/brands/pages/project/index',
  alliance: '/packages/brands/pages/alliance/index',
};

// ---- editing ---------------------------------------------------------------

/** Where an editor's draft stands against what everyone sees. */
export interface DraftState {
  /** The draft's version: pass it back as baseVersion to save, and as version to publish. */
  version: number;
  /** The version everyone sees; null while unpublished. */
  publishedVersion: number | null;
  /** The draft has changes nobody else sees yet. */
  unpublishedChanges: boolean;
  publishedAt: string | null;
  updatedAt: string;
  updatedByName: string;
  /** The caller may publish (the org admin). */
  canPublish: boolean;
}

// ---- brands ----------------------------------------------------------------

/** A brand's content as its editors write it. */
export interface BrandContent {
  /** 济舟先锋, 红帆领航、生态卫士 … */
  name: string;
  slogan: string;
  logo: string | null;
  cover: string | null;
  /** 内涵: what the name means. */
  meaning: string;
  story: Block[];
  carriers: Carrier[];
  results: ResultSpec[];
  honours: Honour[];
  gallery: GalleryImage[];
}

/** A brand as everyone sees it (published), or as its editors preview the draft. */
export interface Brand extends Omit<BrandContent, 'results'> {
  /** o-<orgId> for the organisation's main brand, b-<branchId> for a branch's. */
  id: string;
  kind: 'org' | 'branch';
  orgId: string;
  branchId: string | null;
  /** The branch's or organisation's name. */
  ownerName: string;
  results: ResultFigure[];
  publishedAt: string | null;
}

export interface BrandView {
  brand: Brand;
  engagement: Engagement;
  share: ShareCard;
  /** The caller may edit it (open the draft). */
  canEdit: boolean;
}

export interface BrandDraft {
  brand: Brand;
  /** As stored, to fill the editor (results as specs, not computed). */
  content: BrandContent;
  state: DraftState;
}

/** One tile of the matrix: a branch and its brand (null until published), with live numbers. */
export interface BrandTile {
  branchId: string | null;
  ownerName: string;
  brandId: string | null;
  name: string | null;
  slogan: string | null;
  logo: string | null;
  cover: string | null;
  /** members, volunteerHours, activitiesHeld, averagePoints, for this branch (or the whole org for the main tile). */
  figures: ResultFigure[];
  honours: number;
  views: number;
  likes: number;
}

/** 一主多元: the main brand and every branch as a tile, in one call. */
export interface BrandMatrix {
  orgId: string;
  orgName: string;
  year: number;
  main: BrandTile;
  tiles: BrandTile[];
}

/** A brand the caller may edit, with where its draft stands (brand null: a branch without one yet). */
export interface ManagedBrand {
  brandId: string;
  kind: 'org' | 'branch';
  branchId: string | null;
  ownerName: string;
  name: string | null;
  state: DraftState | null;
}

/** A project or alliance the caller may edit, with where its draft stands. */
export interface ManagedItem {
  kind: ShowcaseKind;
  id: string;
  title: string;
  /** The branch (projects) or the number of member units (alliances). */
  subtitle: string;
  year: number | null;
  state: DraftState;
}

// ---- home carousel -----------------------------------------------------------

export interface CarouselItem {
  kind: ShowcaseKind;
  id: string;
  title: string;
  subtitle: string;
  image: string | null;
  /** The page to open, with its query. */
  path: string;
}

export interface Carousel {
  orgId: string | null;
  /** Pass back as baseVersion to save (org admin). */
  version: number;
  items: CarouselItem[];
}

// ---- inputs ------------------------------------------------------------------

/** An image an editor uploaded to cloud://<env>/brands/<openid>/<file>; the server checks whose it is. */
export const imageId = z
  .string()
  .check(
    z.regex(
      /^cloud:\/\/[^/]+\/brands\/[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9_-]{1,64}\.(jpg|jpeg|png|webp)$/,
      '图片无效，请重新上传',
    ),
  );

const year = z.int('年份须为整数').check(z.gte(1949, '年份无效'), z.lte(2100, '年份无效'));

export const FigureInput = z.strictObject({
  label: text({ label: '数据名称', min: 1, max: 30 }),
  value: z.number('数值须为数字').check(z.gte(-1e12, '数值过大'), z.lte(1e12, '数值过大')),
  unit: text({ label: '单位', max: 10 }),
  year: z.nullable(year),
  source: text({ label: '数据来源', max: 60 }),
});

export const BlockInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text: text({ label: '段落', min: 1, max: 1000, multiline: true }) }),
  z.strictObject({ type: z.literal('heading'), text: text({ label: '小标题', min: 1, max: 30 }) }),
  z.strictObject({ type: z.literal('image'), fileId: imageId, caption: text({ label: '图片说明', max: 60 }) }),
  z.strictObject({ type: z.literal('figure'), figure: FigureInput }),
]);

export const blocks = (max: number) => z.array(BlockInput).check(z.maxLength(max, `最多 ${max} 段`));

export const HonourInput = z.strictObject({
  name: text({ label: '荣誉名称', min: 2, max: 60 }),
  level: z.enum(['national', 'provincial', 'municipal', 'system', 'other']),
  year: z.nullable(year),
  issuer: text({ label: '授予单位', max: 40 }),
});

export const CarrierInput = z.strictObject({
  title: text({ label: '载体名称', min: 1, max: 20 }),
  text: text({ label: '载体说明', max: 300, multiline: true }),
});

export const GalleryInput = z.strictObject({ fileId: imageId, caption: text({ label: '图片说明', max: 60 }) });

export const ResultSpecInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('static'), figure: FigureInput }),
  z.strictObject({
    kind: z.literal('live'),
    metric: z.enum(['members', 'volunteerHours', 'activitiesHeld', 'averagePoints']),
    /** Empty: the metric's own label. */
    label: text({ label: '数据名称', max: 30 }),
  }),
]);

export const BrandContentInput = z.strictObject({
  name: text({ label: '品牌名称', min: 2, max: 20 }),
  slogan: text({ label: '标语', max: 40 }),
  logo: z.nullable(imageId),
  cover: z.nullable(imageId),
  meaning: text({ label: '品牌内涵', max: 600, multiline: true }),
  story: blocks(60),
  carriers: z.array(CarrierInput).check(z.maxLength(12, '载体最多 12 项')),
  results: z.array(ResultSpecInput).check(z.maxLength(12, '成效最多 12 项')),
  honours: z.array(HonourInput).check(z.maxLength(50, '荣誉最多 50 项')),
  gallery: z.array(GalleryInput).check(z.maxLength(30, '图集最多 30 张')),
});

export const OrgInput = z.optional(z.strictObject({ orgId: z.optional(id) }));

export const IdInput = z.strictObject({ id });

/** branchId null: the caller's organisation's main brand (org admin); otherwise that branch's brand. */
export const BrandDraftInput = z.strictObject({ branchId: z.nullable(id) });

export const SaveBrandInput = z.strictObject({
  branchId: z.nullable(id),
  /** The draft version being edited (0 for a brand not yet created): a save over a newer one is refused. */
  baseVersion: z.int().check(z.gte(0)),
  content: BrandContentInput,
});

const kind = z.enum(['brand', 'project', 'alliance']);
export const ShowcaseRefInput = z.strictObject({ kind, id });
export const PublishInput = z.strictObject({ kind, id, version: z.int().check(z.gte(1)) });

export const SaveCarouselInput = z.strictObject({
  baseVersion: z.int().check(z.gte(0)),
  items: z.array(z.strictObject({ kind, id })).check(z.maxLength(8, '轮播最多 8 项')),
});
