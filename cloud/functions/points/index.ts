// 党员量化积分：积分标准、党员申报与支部审核、积分台账（只增不改，更正即冲销）、年度汇总、排名与导出。
// 权限检查见 core/access.ts；积分变动只经 core/points/grant.ts。
import { defineFunction, showingOthers } from '../../core/handler';
import { pointsActions } from '../../core/points/actions';

// Claim photos reach the branch secretary only once WeChat's image check passed them; the member sees theirs marked 审核中.
export const main = defineFunction('points', showingOthers(pointsActions, ['claimQueue', 'getClaim', 'myClaims']));
