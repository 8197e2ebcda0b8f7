/**
 * At most `max` events per key in any `windowMs`: a sliding window of the
 * times each key was let through. Keys with no recent events are forgotten.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Records an event for `key`; null when allowed, else the milliseconds until it would be. */
  take(key: string, now = Date.now()): number | null {
    this.forgetOld(now);
    const times = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (times.length >= this.max) {
      this.hits.set(key, times);
      return times[0]! + this.windowMs - now;
    }
    times.push(now);
    this.hits.set(key, times);
    return null;
  }

  private forgetOld(now: number): void {
    if (this.hits.size < 1000) return;
    for (const [key, times] of this.hits) if (times[times.length - 1]! <= now - this.windowMs) this.hits.delete(key);
  }
}
