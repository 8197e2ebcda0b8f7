// 账户：whoami（首次调用时建档）、updateProfile、申请加入支部与撤回。身份只取自 cloud.getWXContext()。
import { defineFunction } from '../../core/handler';
import { accountActions } from '../../core/account/actions';

export const main = defineFunction('account', accountActions);
