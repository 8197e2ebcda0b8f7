// 船员驿站：找驿站（附近、航道前方、按名称）、驿站页、预约（名额不超、候补、签名预约码）、
// 工作人员后台（当日看板、核销与离线同步、编辑驿站与时段、公告、快递代收、导出）、求助电话。
// 权限见 core/stations/scope.ts；名额见 core/stations/seats.ts。
import { defineFunction, showingOthers } from '../../core/handler';
import { stationsActions } from '../../core/stations/actions';

// Station pages and lists show staff-uploaded photos to everyone: only those WeChat's image check passed.
export const main = defineFunction('stations', showingOthers(stationsActions, ['nearby', 'list', 'search', 'ahead', 'get', 'resolveScene']));
