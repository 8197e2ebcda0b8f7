import { HttpError } from './http-util';

export interface GateLimits {
  maxConcurrent: number;
  maxQueued: number;
  queueTimeoutMs: number;
}

export const busy = () =>
  new HttpError(503, 'RATE_LIMITED', '服务器繁忙，请稍后再试', { 'retry-after': '1' });

/**
 * The front door: at most `maxConcurrent` calls run, at most `maxQueued` wait in
 * arrival order; a call beyond that, or one that waits longer than
 * `queueTimeoutMs`, is refused busy at once rather than held in memory.
 */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: Array<{ resolve: () => void; timer: NodeJS.Timeout }> = [];

  constructor(private readonly limits: GateLimits) {}

  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.limits.maxConcurrent) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.maxQueued) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      const entry = {
        resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(busy());
        }, this.limits.queueTimeoutMs),
      };
      this.waiting.push(entry);
    });
  }

  /** Hands the slot to the first in line, or frees it. */
  private release(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.running--;
      return;
    }
    clearTimeout(next.timer);
    next.resolve();
  }
}
