// `sends`: one mark per notice, `_id` = <kind>_<ref>_<openid>_<milestone>, inserted before the
// subscribe message goes out. The insert is the lock: a doubled or retried trigger finds the mark
// (duplicate key) and sends nothing. The mark then records how the send went, and what was sent.
import { _, db, getList, isDuplicateKey, MAX_LIMIT } from '../sdk';
import type { SubscribeMessage } from './send';

export const SENDS = 'sends';
const sends = () => db.collection(SENDS);

/**
 * claimed: the mark is in, the push not yet settled (a crash here loses the push, never doubles it);
 * in_app: no push asked for, or no template configured; no_accept: the person has no accept left;
 * sent; refused: 43101; failed: another WeChat error.
 */
export type MarkStatus = 'claimed' | 'in_app' | 'no_accept' | 'sent' | 'refused' | 'failed';

export interface SendMark {
  _id: string;
  openid: string;
  kind: string;
  status: MarkStatus;
  /** The subscribe message as sent (or as it would have been: the local cloud's record of it). */
  message: SubscribeMessage | null;
  errCode: number | null;
  createdAt: Date;
  settledAt: Date | null;
}

/** Claims a notice; false when it was claimed before (by this run's twin, or an earlier run). */
export async function claimMark(id: string, openid: string, kind: string, now: Date): Promise<boolean> {
  const mark: SendMark = { _id: id, openid, kind, status: 'claimed', message: null, errCode: null, createdAt: now, settledAt: null };
  try {
    await sends().add({ data: mark });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

export async function settleMark(id: string, patch: Pick<SendMark, 'status'> & Partial<Pick<SendMark, 'message' | 'errCode'>>, now: Date): Promise<void> {
  await sends()
    .doc(id)
    .update({ data: { ...patch, settledAt: now } });
}

/** Which of these notices are marked already: a run skips them without touching anything. */
export async function markedAlready(ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += MAX_LIMIT) {
    const chunk = unique.slice(i, i + MAX_LIMIT);
    const rows = await getList<{ _id: string }>(sends().where({ _id: _.in(chunk) }).field({ _id: true }).limit(chunk.length));
    for (const r of rows) found.add(r._id);
  }
  return found;
}

/** The mark of a notice, for tests and the export. */
export function marksOf(openid: string): Promise<SendMark[]> {
  return getList<SendMark>(sends().where({ openid }).limit(MAX_LIMIT));
}
