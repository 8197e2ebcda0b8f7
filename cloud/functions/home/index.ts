// 首页：轮播与按角色的待办（船员：最近的驿站、12395、证书到期；党员：积分与下一场活动；支部书记：待审核；
// 驿站工作人员：今日预约；管理员：组织概况），一次调用。
import { defineFunction, showingOthers } from '../../core/handler';
import { homeActions } from '../../core/home/actions';

// The carousel and the nearest station show others' pictures: only those WeChat's image check passed.
export const main = defineFunction('home', showingOthers(homeActions, ['get']));
