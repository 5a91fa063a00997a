// A token bucket per key (conversation, client address): bursts are fine, a flood is slowed.

/** Limits how often one key may act. In memory, per replica. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();

  /**
   * @param capacity how many actions may come at once
   * @param perSecond how many actions a second are allowed on average
   */
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {}

  /** Takes one action for `key`; returns 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updated: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.updated) / 1000) * this.perSecond);
    bucket.updated = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.perSecond);
  }

  /** Drops buckets that have refilled, so memory stays bounded. */
  private forgetFull(now: number): void {
    for (const [key, b] of this.buckets) if (b.tokens + ((now - b.updated) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(key);
  }
}
