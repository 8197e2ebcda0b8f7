// 定时任务与微信推送：每小时的定时触发器运行各项任务（活动、预约、证书提醒，积分审核提醒，对账与清理），
// 以及云开发「消息推送」转来的 wxa_media_check（图片内容安全结果）。没有小程序端可调用的操作。
import { defineFunction } from '../../core/handler';
import { jobsTimer } from '../../core/jobs/timer';
import { handleMediaCheckEvent } from '../../core/content/media-event';

export const main = defineFunction('jobs', {}, { timer: jobsTimer, push: { wxa_media_check: handleMediaCheckEvent } });
