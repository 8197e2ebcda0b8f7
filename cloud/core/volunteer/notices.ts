// The in-app messages 志愿服务 sends; the app opens the activity from them.
import type { MessageDoc } from '../messages/messages';
import { stableId } from '../points/ids';
import type { ActivityDoc } from './docs';
import { quoted } from '../../../contracts/quotes';

function notice(
  kind: MessageDoc['kind'],
  openid: string,
  key: string,
  title: string,
  body: string,
  refId: string,
  now: Date,
): MessageDoc {
  return { _id: stableId('msg_', key), openid, kind, title, body, refId, read: false, createdAt: now };
}

export function cancelledNotice(a: ActivityDoc, openid: string, reason: string, now: Date): MessageDoc {
  return notice(
    'activity_cancelled',
    openid,
    `actcancel_${a._id}_${openid}`,
    '志愿活动已取消',
    `您报名的${quoted(a.title)}已取消。原因：${reason}`,
    a._id,
    now,
  );
}

export function promotedNotice(a: Pick<ActivityDoc, '_id' | 'title'>, openid: string, now: Date): MessageDoc {
  return notice(
    'activity_promoted',
    openid,
    `actpromo_${a._id}_${openid}_${now.getTime()}`,
    '候补转为正式报名',
    `有名额空出，您已从候补转为${quoted(a.title)}的正式报名，请按时参加。`,
    a._id,
    now,
  );
}
