import * as z from 'zod/mini';
import './validation';
import { ROLES, type JoinRequest, type JoinStatus, type Profile, type Role } from './account';
import { id, requestId, text } from './fields';

export interface BranchSummary {
  id: string;
  orgId: string;
  name: string;
  orgName: string;
  /** The branch's party-building brand (一支部一品牌), e.g. 红帆领航、生态卫士. */
  brand: string | null;
  /** Counted from the people whose branch it is, so it cannot drift. */
  memberCount: number;
}

/** A person as admins see them in member lists. */
export type MemberSummary = Pick<Profile, 'openid' | 'name' | 'avatarUrl' | 'phone' | 'roles' | 'branchId' | 'stationId'>;

export interface RosterRow {
  id: string;
  name: string;
  phone: string;
  branchId: string;
  branchName: string;
  /** The openid that joined through this row, once approved. */
  claimedBy: string | null;
}

export interface RosterImportResult {
  imported: number;
  /** Rows left out, with the 1-based line number in the file and why. */
  skipped: Array<{ line: number; reason: string }>;
}

const JOIN_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const satisfies readonly JoinStatus[];

export const ListBranchesInput = z.optional(z.strictObject({}));

export const ListJoinRequestsInput = z.optional(
  z.strictObject({
    /** Defaults to the caller's own branch for a branch admin. */
    branchId: z.optional(id),
    status: z.optional(z.enum(JOIN_STATUSES)),
  }),
);

export const DecideJoinInput = z
  .strictObject({
    requestId: id,
    approve: z.boolean(),
    reason: z.optional(text({ label: '理由', max: 200 })),
  })
  .check(z.refine((v) => v.approve || !!v.reason, { message: '驳回时请填写理由', path: ['reason'] }));

/**
 * A roster file (CSV or xlsx with columns 姓名, 手机号, 支部), base64-encoded, at most 1 MB.
 * `requestId`, one per import: sent again, it answers as the first import did (rows it added count
 * as imported, not as already listed), even after a crash part-way.
 */
export const ImportRosterInput = z.strictObject({
  fileName: z.string().check(z.trim(), z.regex(/\.(csv|xlsx)$/i, '请选择 .csv 或 .xlsx 文件')),
  contentBase64: z.string().check(z.minLength(1, '文件是空的'), z.maxLength(1_400_000, '文件不能超过 1 MB')),
  requestId: z.optional(requestId),
});

export const ListRosterInput = z.optional(z.strictObject({}));

export const ListMembersInput = z.optional(z.strictObject({ branchId: z.optional(id) }));

/** Roles an org admin grants; 'crew' and 'member' follow from joining and are kept as they are. */
export const GRANTABLE_ROLES = ['branch_admin', 'station_staff', 'org_admin'] as const satisfies readonly Role[];

export const SetRolesInput = z.strictObject({
  openid: id,
  roles: z.array(z.enum(GRANTABLE_ROLES)).check(z.maxLength(3)),
  /** Required with branch_admin: the branch they run (they must belong to it). */
  branchId: z.optional(z.nullable(id)),
  /** Required with station_staff. */
  stationId: z.optional(z.nullable(id)),
});

export const GetInviteCodeInput = z.optional(z.strictObject({ branchId: z.optional(id), renew: z.optional(z.boolean()) }));

/** Whether a roster request's name and phone are on the named branch's roster (the secretary verifies). */
export type RosterMatch = 'matched' | 'not_found';

/** Who is asking, as they are now: what the deciding secretary needs to see. */
export interface JoinApplicant {
  roles: Role[];
  org: { id: string; name: string } | null;
  station: { id: string; name: string; orgName: string } | null;
}

/** A request as the secretary's queue shows it; the applicant never sees `rosterMatch`. */
export interface JoinQueueItem extends JoinRequest {
  /** null for invite-code requests. */
  rosterMatch: RosterMatch | null;
  applicant: JoinApplicant;
}

export type { JoinRequest };
export const ALL_ROLES = ROLES;
