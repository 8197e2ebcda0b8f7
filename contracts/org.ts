import * as z from 'zod/mini';
import './validation';
import { ROLES, type JoinRequest, type JoinStatus, type Profile, type Role } from './account';

export interface BranchSummary {
  id: string;
  orgId: string;
  name: string;
  /** The branch's party-building brand (一支部一品牌), e.g. 红帆领航、生态卫士. */
  brand: string | null;
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

const id = z.string().check(z.trim(), z.minLength(1, '缺少编号'), z.maxLength(64, '编号过长'));
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
    reason: z.optional(z.string().check(z.trim(), z.maxLength(200, '理由最多 200 个字'))),
  })
  .check(z.refine((v) => v.approve || !!v.reason, { message: '驳回时请填写理由', path: ['reason'] }));

/** A roster file (CSV or xlsx with columns 姓名, 手机号, 支部), base64-encoded, at most 1 MB. */
export const ImportRosterInput = z.strictObject({
  fileName: z.string().check(z.trim(), z.regex(/\.(csv|xlsx)$/i, '请选择 .csv 或 .xlsx 文件')),
  contentBase64: z.string().check(z.minLength(1, '文件是空的'), z.maxLength(1_400_000, '文件不能超过 1 MB')),
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

export type { JoinRequest };
export const ALL_ROLES = ROLES;
