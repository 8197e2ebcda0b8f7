// 组织：支部、入党（加入支部）审批、邀请码、党员名单、名册导入与角色任命。权限检查见 core/access.ts。
import { defineFunction, showingOthers } from '../../core/handler';
import { orgActions } from '../../core/org/actions';

// Member lists show avatars: only those WeChat's image check passed.
export const main = defineFunction('org', showingOthers(orgActions, ['listMembers']));
