// 我的证书：记录证书（按类型的有效期规则核对日期），有效/即将到期/已过期，到期前 90/30/7 天提醒，
// 到期证书归档不删除。只有本人能读写自己的证书（core/certificates/wallet.ts）。
import { defineFunction } from '../../core/handler';
import { certificatesActions } from '../../core/certificates/actions';

export const main = defineFunction('certificates', certificatesActions);
