// 组织概况：星级分布、志愿服务时长、积分审核用时、参与率（管理员看全单位，支部书记看本支部），可导出 .xlsx。
import { defineFunction } from '../../core/handler';
import { overviewActions } from '../../core/overview/actions';

export const main = defineFunction('overview', overviewActions);
