// The job's share of the image check: a check that got no trace id (the call failed, or the
// uploader had not opened the app within WeChat's 2 hours) or no verdict for a day is asked again,
// a few times; after that it stays pending (others never see it) until someone looks.
import { _, getList } from '../sdk';
import { askAgain } from './media-check';
import { mediaChecks, type MediaCheckDoc } from './media-docs';

/** WeChat usually answers within minutes; a day without an answer means the push was lost. */
const STALE_MS = 24 * 3_600_000;
/** A failed call is retried the next hour; at most this many asks in all. */
export const MAX_ASKS = 5;
const BATCH = 100;

export async function retryMediaChecks(now: Date): Promise<{ asked: number }> {
  const due = await getList<MediaCheckDoc>(
    mediaChecks()
      .where(
        _.or([
          { status: 'pending', traceId: null, attempts: _.lt(MAX_ASKS) },
          { status: 'pending', askedAt: _.lt(new Date(now.getTime() - STALE_MS)), attempts: _.lt(MAX_ASKS) },
        ]),
      )
      .limit(BATCH),
  );
  for (const doc of due) await askAgain(doc, now);
  return { asked: due.length };
}
