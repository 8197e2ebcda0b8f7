import * as z from 'zod/mini';
import './validation';

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
  roles: Role[];
  branchId: string | null;
  orgId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const WhoamiInput = z.optional(z.strictObject({}));

export const UpdateProfileInput = z
  .strictObject({
    name: z.optional(
      z.string().check(z.trim(), z.minLength(1, '请填写姓名或昵称'), z.maxLength(20, '姓名或昵称最多 20 个字')),
    ),
    avatarUrl: z.optional(
      z.string().check(z.trim(), z.maxLength(512, '头像地址过长'), z.regex(/^(https?|cloud|wxfile):\/\//, '头像地址无效')),
    ),
    phone: z.optional(
      z.union([z.string().check(z.trim(), z.regex(/^1\d{10}$/, '请填写 11 位手机号')), z.literal(''), z.null()]),
    ),
  })
  .check(z.refine((v) => Object.keys(v).length > 0, '没有要修改的内容'));
