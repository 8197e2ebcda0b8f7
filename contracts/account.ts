import * as z from 'zod/mini';
import './validation';
import { id, personName, requestId, text } from './fields';

/** 船员 crew (anyone), 党员 member, 支部书记/党务干部 branch admin, 驿站工作人员 station staff, 管理员 org admin. */
export const ROLES = ['crew', 'member', 'branch_admin', 'station_staff', 'org_admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  crew: '船员',
  member: '党员',
  branch_admin: '支部书记',
  station_staff: '驿站工作人员',
  org_admin: '管理员',
};

export interface Profile {
  openid: string;
  name: string;
  avatarUrl: string;
  phone: string | null;
  /** Always contains 'crew'; 'member' once a branch approved the person. */
  roles: Role[];
  branchId: string | null;
  orgId: string | null;
  /** The station a station_staff member works at. */
  stationId: string | null;
  createdAt: string;
  updatedAt: string;
}

export type JoinStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';

/** A request to join a branch: by the branch's invite code, or by matching a roster row. */
export interface JoinRequest {
  id: string;
  openid: string;
  name: string;
  phone: string | null;
  orgId: string;
  branchId: string;
  branchName: string;
  via: 'invite' | 'roster';
  status: JoinStatus;
  /** Why it was rejected; null otherwise. */
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** What the app needs about the signed-in person, in one call. */
export interface Me {
  profile: Profile;
  branch: { id: string; name: string } | null;
  org: { id: string; name: string } | null;
  station: { id: string; name: string } | null;
  /** The caller's latest join request that is still pending, if any. */
  pendingJoin: JoinRequest | null;
}

export const WhoamiInput = z.optional(z.strictObject({}));

export const UpdateProfileInput = z
  .strictObject({
    name: z.optional(text({ label: '姓名或昵称', min: 1, max: 20 })),
    avatarUrl: z.optional(
      z.string().check(z.trim(), z.maxLength(512, '头像地址过长'), z.regex(/^(https?|cloud|wxfile):\/\//, '头像地址无效')),
    ),
    phone: z.optional(
      z.union([z.string().check(z.trim(), z.regex(/^1\d{10}$/, '请填写 11 位手机号')), z.literal(''), z.null()]),
    ),
  })
  .check(z.refine((v) => Object.keys(v).length > 0, '没有要修改的内容'));

const phone = z.string().check(z.trim(), z.regex(/^1\d{10}$/, '请填写 11 位手机号'));

/**
 * Join by the branch's invite code, or by name and phone on the roster of the branch the person
 * names (the secretary sees whether the roster matched; the answer never says). `requestId`, one
 * per submit, makes a retried request return the first one instead of a second.
 */
export const RequestJoinInput = z.union([
  z.strictObject({
    inviteCode: z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9]{6}$/, '邀请码为 6 位字母或数字')),
    name: personName,
    requestId: z.optional(requestId),
  }),
  z.strictObject({ name: personName, phone, branchId: id, requestId: z.optional(requestId) }),
]);

export const CancelJoinInput = z.optional(z.strictObject({}));

export const ExportMineInput = z.optional(z.strictObject({}));

/** The caller's data as an .xlsx file (base64), and how many records of each kind it holds. */
export interface MyDataExport {
  fileName: string;
  base64: string;
  counts: Record<string, number>;
}

/** Asked for on purpose: the app sends `confirm: true` only after the person confirmed. */
export const DeleteMineInput = z.strictObject({ confirm: z.literal(true, '请确认注销') });

export interface DeletedAccount {
  removed: number;
  anonymised: number;
  /** Uploaded files (avatar, claim and certificate photos) deleted from storage. */
  files: number;
}
