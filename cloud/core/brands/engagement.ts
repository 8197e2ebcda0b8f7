// Views and likes. Counts live in sharded counters (brandCounters: <target>:<metric>:<shard>), so a
// burst on one item spreads its writes over SHARDS documents instead of queueing on one; a count is
// the sum of its shards, read for many items in one query.
//
// Views: one atomic increment of a random shard per view (no read, nothing lost under a burst).
// Likes: one document per person and item (`<target>:<openid>`) flipped in the same transaction
// as the person's shard moves by one, so the count always equals the likes, and a person's 50
// taps at once flip it once: the others re-run, see it liked, and change nothing.
import { createHash, randomInt } from 'node:crypto';
import type { Engagement, ShowcaseKind } from '../../../contracts/brands';
import { AppError } from '../errors';
import { _, findById, getList, isDuplicateKey, MAX_LIMIT, runTransaction, txFind, updatedCount } from '../sdk';
import { coll, COUNTERS, LIKES, targetKey, type CounterDoc, type LikeDoc } from './docs';

export const SHARDS = 16;

const shardId = (target: string, metric: CounterDoc['metric'], shard: number) => `${target}:${metric}:${shard}`;

/** Adds one view: an increment of a random shard, creating it on first use. */
export async function countView(kind: ShowcaseKind, id: string): Promise<void> {
  const target = targetKey(kind, id);
  const _id = shardId(target, 'views', randomInt(SHARDS));
  for (let attempt = 0; attempt < 3; attempt++) {
    if (
      (await updatedCount(
        coll(COUNTERS)
          .where({ _id })
          .update({ data: { n: _.inc(1) } }),
      )) === 1
    )
      return;
    try {
      await coll(COUNTERS).add({ data: { _id, target, metric: 'views', n: 1 } satisfies CounterDoc });
      return;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err; // created meanwhile: increment it
    }
  }
  throw new AppError('CONFLICT');
}

/** A person's likes always land on the same shard: their own taps contend only with each other. */
function likeShard(target: string, openid: string): string {
  const n = createHash('sha256').update(openid).digest().readUInt32BE(0) % SHARDS;
  return shardId(target, 'likes', n);
}

/** Sets the caller's like on or off; the shard moves with it in one transaction, and only on a change. */
export async function setLike(
  kind: ShowcaseKind,
  id: string,
  openid: string,
  active: boolean,
  now: Date,
): Promise<void> {
  const target = targetKey(kind, id);
  const likeId = `${target}:${openid}`;
  const counterId = likeShard(target, openid);
  // Many taps at once outlast the SDK's own retries: run again, each run seeing the others' result.
  for (let attempt = 0; ; attempt++) {
    try {
      await runTransaction(async (tx) => {
        const like = await txFind<LikeDoc>(tx, LIKES, likeId);
        if ((like?.active ?? false) === active) return;
        const counter = await txFind<CounterDoc>(tx, COUNTERS, counterId);
        if (like)
          await tx
            .collection(LIKES)
            .doc(likeId)
            .update({ data: { active, at: now } });
        else
          await tx.collection(LIKES).add({ data: { _id: likeId, target, openid, active, at: now } satisfies LikeDoc });
        const delta = active ? 1 : -1;
        if (counter)
          await tx
            .collection(COUNTERS)
            .doc(counterId)
            .update({ data: { n: _.inc(delta) } });
        else
          await tx
            .collection(COUNTERS)
            .add({ data: { _id: counterId, target, metric: 'likes', n: delta } satisfies CounterDoc });
      });
      return;
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'CONFLICT') || attempt >= 8) throw err;
      await new Promise((r) => setTimeout(r, 5 + randomInt(20 * (attempt + 1))));
    }
  }
}

export interface Counts {
  views: number;
  likes: number;
}

/** The views and likes of many targets in one query per 30 targets (each has at most 2 × SHARDS shards). */
export async function countsOf(targets: readonly string[]): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>(targets.map((t) => [t, { views: 0, likes: 0 }]));
  const per = Math.floor(MAX_LIMIT / (2 * SHARDS));
  const unique = [...new Set(targets)];
  const chunks = Array.from({ length: Math.ceil(unique.length / per) }, (_v, i) =>
    unique.slice(i * per, (i + 1) * per),
  );
  const pages = await Promise.all(
    chunks.map((chunk) =>
      getList<CounterDoc>(
        coll(COUNTERS)
          .where({ target: _.in(chunk) })
          .limit(MAX_LIMIT),
      ),
    ),
  );
  for (const shard of pages.flat()) {
    const c = out.get(shard.target);
    if (c) c[shard.metric] += shard.n;
  }
  return out;
}

/** One item's engagement as the caller sees it: counts and whether they like it (two requests, in parallel). */
export async function engagementOf(kind: ShowcaseKind, id: string, openid: string): Promise<Engagement> {
  const target = targetKey(kind, id);
  const [counts, like] = await Promise.all([countsOf([target]), findById<LikeDoc>(LIKES, `${target}:${openid}`)]);
  const c = counts.get(target)!;
  return { views: c.views, likes: Math.max(0, c.likes), liked: like?.active ?? false };
}
