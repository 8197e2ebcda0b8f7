// 志愿服务：支部发布活动（草稿、发布、取消），报名与候补（不超额），签到码签到签退，结项计入服务时长与积分（只计一次）。
// 权限见 core/volunteer/visibility.ts 与 core/access.ts；积分只经 core/points/grant.ts。
import { defineFunction, showingOthers } from '../../core/handler';
import { volunteerActions } from '../../core/volunteer/actions';

// Activity covers are shown to everyone who may see the activity: only once WeChat's image check passed them.
export const main = defineFunction('volunteer', showingOthers(volunteerActions, ['list', 'get', 'myActivities']));
