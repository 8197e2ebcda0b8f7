// The wxa_media_check push: WeChat's verdict on an image, matched to its pending check by trace id.
// The trace id is the proof: it came back from mediaCheckAsync to the server and is never given to
// any client, so an event naming a pending check can only have come from WeChat (a client's call
// is refused before this, server-events/dispatch.ts). The push's OPENID is not checked: WeChat
// documents it as a system account, and a wrong guess there would hold every picture forever.
import { sendMessage } from '../messages/messages';
import { stableId } from '../points/ids';
import { getList, updatedCount } from '../sdk';
import { mediaChecks, type MediaCheckDoc } from './media-docs';

export interface MediaVerdict {
  traceId: string;
  outcome: 'pass' | 'rejected' | 'unknown_trace' | 'already_decided';
}

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** pass only on WeChat's `pass` (v2 result.suggest; v1's isrisky 0); `risky` and `review` both keep the image from others. */
function verdictOf(payload: Readonly<Record<string, unknown>>): { pass: boolean; label: string | null } {
  const result = payload['result'] as { suggest?: unknown; label?: unknown } | undefined;
  if (result && typeof result.suggest === 'string') return { pass: result.suggest === 'pass', label: str(result.label) || null };
  return { pass: payload['isrisky'] === 0, label: null };
}

export async function handleMediaCheckEvent(payload: Readonly<Record<string, unknown>>, now: Date): Promise<MediaVerdict> {
  const traceId = str(payload['trace_id'] ?? payload['traceId']);
  const [doc] = traceId ? await getList<MediaCheckDoc>(mediaChecks().where({ traceId }).limit(1)) : [];
  if (!doc) return { traceId, outcome: 'unknown_trace' };
  const { pass, label } = verdictOf(payload);
  const status = pass ? 'pass' : 'rejected';
  const moved = await updatedCount(mediaChecks().where({ _id: doc._id, status: 'pending' }).update({ data: { status, label, decidedAt: now } }));
  if (moved === 0) return { traceId, outcome: 'already_decided' };
  if (!pass) {
    await sendMessage({
      _id: stableId('msg_', `imgreject_${doc._id}`),
      openid: doc.owner,
      kind: 'image_rejected',
      title: '图片未通过审核',
      body: '您上传的一张图片未通过内容安全审核，其他人看不到它，请更换图片。',
      refId: doc.fileId,
      read: false,
      createdAt: now,
    });
  }
  return { traceId, outcome: status };
}
