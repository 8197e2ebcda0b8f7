// The stored shapes of the showcases: brands, 书记项目 and 党建联盟 are each one document holding
// the editors' draft and the published copy everyone reads (editable.ts moves between them), and
// the records around them (ledger entries, meetings, offers, likes, view and like counters, carousels).
import type { BrandContent, ShowcaseKind } from '../../../contracts/brands';
import type { ProjectContent, ProjectEntry, ProjectReview } from '../../../contracts/brands-projects';
import type { AllianceContent, AllianceMeeting, AllianceOffer } from '../../../contracts/brands-alliances';
import { db } from '../sdk';

export const BRANDS = 'brands';
export const PROJECTS = 'brandProjects';
export const ALLIANCES = 'brandAlliances';
export const PROJECT_ENTRIES = 'brandProjectEntries';
export const MEETINGS = 'brandMeetings';
export const OFFERS = 'brandOffers';
export const LIKES = 'brandLikes';
export const COUNTERS = 'brandCounters';
export const CAROUSELS = 'brandCarousels';

export const COLLECTION: Record<ShowcaseKind, string> = { brand: BRANDS, project: PROJECTS, alliance: ALLIANCES };

export const coll = (name: string) => db.collection(name);

/**
 * A showcase as stored. `draft` is what its editors work on (version goes up on every save);
 * `published` is a copy of the draft at `publishedVersion`, made only by the org admin's publish,
 * so editing never changes what everyone sees. `listed` (published and not taken down) is what
 * public lists query.
 */
export interface EditableDoc<C> {
  _id: string;
  orgId: string;
  branchId: string | null;
  /** Names as of the last save, so reads and lists need no lookup: the org, and the branch (or org) it belongs to. */
  orgName: string;
  ownerName: string;
  draft: C;
  version: number;
  published: C | null;
  publishedVersion: number | null;
  publishedAt: Date | null;
  publishedBy: string | null;
  listed: boolean;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
  updatedByName: string;
}

/** `_id` = o-<orgId> (main brand) or b-<branchId>: one brand per owner, by construction. */
export type BrandDoc = EditableDoc<BrandContent> & { kind: 'org' | 'branch' };

/** `year` is the published content's year, copied up for the showcase list's index. */
export type ProjectDoc = EditableDoc<ProjectContent> & {
  branchId: string;
  ownerOpenid: string;
  year: number | null;
  review: (Omit<ProjectReview, 'at'> & { at: Date; by: string }) | null;
};

export type AllianceDoc = EditableDoc<AllianceContent>;

export const brandId = (kind: 'org' | 'branch', ownerId: string) => `${kind === 'org' ? 'o' : 'b'}-${ownerId}`;

/** A line of a project's 进度台帐: appended, never edited; withdrawn entries stay, hidden. */
export type EntryDoc = Omit<ProjectEntry, 'id' | 'at'> & {
  _id: string;
  projectId: string;
  by: string;
  at: Date;
  withdrawn: boolean;
};

export type MeetingDoc = Omit<AllianceMeeting, 'id' | 'at'> & { _id: string; allianceId: string; by: string; at: Date };

export type OfferDoc = Omit<AllianceOffer, 'id' | 'createdAt' | 'canClose'> & {
  _id: string;
  allianceId: string;
  by: string;
  createdAt: Date;
};

/** `<kind>:<id>`: what likes and counters are about. */
export const targetKey = (kind: ShowcaseKind, id: string) => `${kind}:${id}`;

/** One person's like, `_id` = `<target>:<openid>`: a second like is the same document. */
export interface LikeDoc {
  _id: string;
  target: string;
  openid: string;
  active: boolean;
  at: Date;
}

/** One shard of a target's views or likes: the count is the sum of its shards. */
export interface CounterDoc {
  _id: string;
  target: string;
  metric: 'views' | 'likes';
  n: number;
}

/** An org's home carousel, `_id` = orgId. */
export interface CarouselDoc {
  _id: string;
  items: Array<{ kind: ShowcaseKind; id: string }>;
  version: number;
  updatedAt: Date;
  updatedBy: string;
}
