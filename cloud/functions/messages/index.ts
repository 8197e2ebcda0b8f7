// 消息：本人的站内消息（积分审核结果、积分记录与更正），已读标记。身份只取自 cloud.getWXContext()。
import { defineFunction } from '../../core/handler';
import { messagesActions } from '../../core/messages/actions';

export const main = defineFunction('messages', messagesActions);
