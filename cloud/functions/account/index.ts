// 账户：whoami（首次调用时建档）、updateProfile、申请加入支部与撤回。身份只取自 cloud.getWXContext()。
import { defineFunction, showingOthers } from '../../core/handler';
import { accountActions } from '../../core/account/actions';

// whoami shows the person's own avatar, marked 审核中 until WeChat's image check passes it.
export const main = defineFunction('account', showingOthers(accountActions, ['whoami']));
