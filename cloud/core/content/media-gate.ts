// What readers show of uploaded images: to others, only those that passed WeChat's check; to the
// uploader, theirs too, with where each stands (审核中 / 未通过), carried beside the answer as
// `imageReview` (empty when none of theirs waits). Applied by the handler to the actions marked shownToOthers, so no reader needs
// its own code. An image with no check record was there before checks existed (or is demo data)
// and is shown: every path that cites a new image submits it.
import { findByIds } from '../sdk';
import { fileIdsIn, MEDIA_CHECKS, mediaCheckId, type MediaCheckDoc } from './media-docs';

export type ImageReview = Record<string, 'pending' | 'rejected'>;

/** `value` with others' unpassed images taken out: array items that are (or whose fileId is) one are dropped, other fields become ''. */
function redact(value: unknown, hidden: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return hidden.has(value) ? '' : value;
  if (Array.isArray(value)) {
    return value
      .filter((v) => !(typeof v === 'string' && hidden.has(v)) && !(isRecord(v) && typeof v['fileId'] === 'string' && hidden.has(v['fileId'])))
      .map((v) => redact(v, hidden));
  }
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, hidden)]));
  return value;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(v instanceof Date);

export async function gateImages<T>(viewer: string, data: T): Promise<{ data: T; imageReview: ImageReview | null }> {
  const ids = [...fileIdsIn(data)];
  if (ids.length === 0) return { data, imageReview: null };
  const checks = (await findByIds<MediaCheckDoc>(MEDIA_CHECKS, ids.map(mediaCheckId))).filter((c) => c.status !== 'pass');
  // Always said when the answer has images: {} tells the app that what it marked before has passed.
  if (checks.length === 0) return { data, imageReview: {} };
  const hidden = new Set(checks.filter((c) => c.owner !== viewer).map((c) => c.fileId));
  const own = checks.filter((c) => c.owner === viewer);
  const imageReview: ImageReview = Object.fromEntries(own.map((c) => [c.fileId, c.status as 'pending' | 'rejected']));
  return { data: hidden.size ? (redact(data, hidden) as T) : data, imageReview };
}
