// `mediaChecks`: one document per uploaded image that others will see, keyed by its fileID (hashed:
// `_id` = media_<sha256>), holding WeChat's verdict: pending until the wxa_media_check event,
// then pass or rejected. Readers show others only what passed (media-gate.ts).
import { createHash } from 'node:crypto';
import { db } from '../sdk';

export const MEDIA_CHECKS = 'mediaChecks';
export const mediaChecks = () => db.collection(MEDIA_CHECKS);

export type MediaStatus = 'pending' | 'pass' | 'rejected';

export interface MediaCheckDoc {
  _id: string;
  fileId: string;
  /** The uploader: the only person who sees the image before it passes (marked 审核中). */
  owner: string;
  status: MediaStatus;
  /** WeChat's trace id for the asynchronous check; never leaves the server (it is what the event proves). */
  traceId: string | null;
  /** WeChat's label for a rejection (20002 色情 …), or the word that failed locally. */
  label: string | null;
  /** How many times the check was asked for (a failed call, or no verdict for a day, asks again). */
  attempts: number;
  createdAt: Date;
  askedAt: Date | null;
  decidedAt: Date | null;
}

export const mediaCheckId = (fileId: string) => `media_${createHash('sha256').update(fileId).digest('hex').slice(0, 40)}`;

/** Every cloud:// file ID in a value (an API answer), once each. */
export function fileIdsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (value.startsWith('cloud://')) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) fileIdsIn(v, out);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const v of Object.values(value)) fileIdsIn(v, out);
  }
  return out;
}
