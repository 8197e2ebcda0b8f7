// 图片内容安全: every uploaded image others will see is asked about with WeChat's asynchronous
// check (security.mediaCheckAsync, v2) when an item first cites it. The verdict comes later as the
// wxa_media_check message push, routed to the jobs function (云开发 → 设置 → 消息推送), which
// clears or rejects it (media-event.ts); until then only the uploader sees the image, marked 审核中.
import { fileIdsIn, MEDIA_CHECKS, mediaCheckId, mediaChecks, type MediaCheckDoc } from './media-docs';
import { bannedWordIn } from './check';
import { inLocalCloud } from '../runtime';
import { _, cloud, findByIds, isDuplicateKey } from '../sdk';

/** The local cloud's push of a message event to the function 消息推送 routes it to (cloud/local/push-events.ts). */
const LOCAL_PUSH = Symbol.for('redsail.localcloud.push');
type LocalPush = (event: Record<string, unknown>) => void;

/** Local verdict: an image whose file name says `risky` (or a listed word) fails; every other passes. */
function localVerdict(fileId: string): { suggest: 'pass' | 'risky'; label: number } {
  const name = decodeURIComponent(fileId.split('/').pop() ?? '');
  return /risky/i.test(name) || bannedWordIn(name) ? { suggest: 'risky', label: 20002 } : { suggest: 'pass', label: 100 };
}

async function ask(doc: Pick<MediaCheckDoc, '_id' | 'fileId' | 'owner'>, now: Date): Promise<void> {
  if (inLocalCloud()) return askLocally(doc, now);
  let traceId: string | null = null;
  try {
    const urls = (await cloud.getTempFileURL({ fileList: [doc.fileId] })) as { fileList?: Array<{ tempFileURL?: string }> };
    const url = urls.fileList?.[0]?.tempFileURL;
    if (url) {
      const res = (await cloud.openapi.security.mediaCheckAsync({ media_url: url, media_type: 2, version: 2, scene: 1, openid: doc.owner })) as {
        traceId?: string;
        trace_id?: string;
      };
      traceId = res.traceId ?? res.trace_id ?? null;
    }
  } catch (err) {
    // The service is down or the owner has not opened the app for 2 hours: the job asks again.
    console.warn('[media] mediaCheckAsync failed:', (err as { errMsg?: string }).errMsg ?? String(err));
  }
  await recordAsked(doc._id, traceId, now);
}

async function recordAsked(id: string, traceId: string | null, now: Date): Promise<void> {
  await mediaChecks()
    .doc(id)
    .update({ data: { traceId, askedAt: now, attempts: _.inc(1) } });
}

/**
 * NOTE: local stand-in. WeChat cannot be reached from the local cloud: the verdict is decided at
 * once (localVerdict) and the local cloud pushes the wxa_media_check event itself, shaped as
 * WeChat's, to the function 消息推送 routes it to — a moment later, as the real one arrives. The
 * trace id is stored first, so the event always finds its check.
 */
async function askLocally(doc: Pick<MediaCheckDoc, '_id' | 'fileId'>, now: Date): Promise<void> {
  const traceId = `local-${doc._id.slice(6, 30)}-${now.getTime().toString(36)}`;
  await recordAsked(doc._id, traceId, now);
  const { suggest, label } = localVerdict(doc.fileId);
  (globalThis as { [LOCAL_PUSH]?: LocalPush })[LOCAL_PUSH]?.({
    ToUserName: 'gh_localcloud',
    FromUserName: 'o_localcloud_security',
    CreateTime: Math.floor(now.getTime() / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: 'wxlocalcloud',
    trace_id: traceId,
    version: 2,
    result: { suggest, label },
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
  });
}

/**
 * Holds newly cited images as pending and asks WeChat about each; an image already known (another
 * item cites it, or a retried save) is not asked again. `owner` uploaded them (checked by the caller).
 */
export async function submitImages(owner: string, fileIds: readonly string[], now: Date): Promise<void> {
  const fresh = [...fileIdsIn([...fileIds])];
  if (fresh.length === 0) return;
  const known = new Set((await findByIds<MediaCheckDoc>(MEDIA_CHECKS, fresh.map(mediaCheckId))).map((d) => d.fileId));
  for (const fileId of fresh.filter((f) => !known.has(f))) {
    const doc: MediaCheckDoc = {
      _id: mediaCheckId(fileId),
      fileId,
      owner,
      status: 'pending',
      traceId: null,
      label: null,
      attempts: 0,
      createdAt: now,
      askedAt: null,
      decidedAt: null,
    };
    try {
      await mediaChecks().add({ data: doc });
    } catch (err) {
      if (isDuplicateKey(err)) continue; // cited at the same moment by another save
      throw err;
    }
    await ask(doc, now);
  }
}

/** Asks again about one image whose check got no verdict (the job's retry). */
export function askAgain(doc: MediaCheckDoc, now: Date): Promise<void> {
  return ask(doc, now);
}
