/**
 * A token bucket per client address: each request takes a token, tokens come back at a
 * steady rate up to the bucket's size. A phone following the page uses a handful a minute;
 * a script hammering the server (or guessing codes) runs dry and gets 429.
 */
export interface BucketLimits {
  /** the most requests in a burst */
  capacity: number
  /** tokens back per second */
  perSecond: number
}

interface Bucket {
  tokens: number
  at: number
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>()

  constructor(
    private readonly limits: BucketLimits,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes a token for `client`; false when its bucket is empty. */
  take(client: string): boolean {
    const now = this.now()
    const bucket = this.buckets.get(client) ?? { tokens: this.limits.capacity, at: now }
    bucket.tokens = Math.min(this.limits.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perSecond)
    bucket.at = now
    if (this.buckets.size > 10_000) this.forgetIdle(now)
    this.buckets.set(client, bucket)
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }

  /** Seconds until `client` has a token again. */
  retryAfter(client: string): number {
    const bucket = this.buckets.get(client)
    if (!bucket || bucket.tokens >= 1) return 0
    return Math.ceil((1 - bucket.tokens) / this.limits.perSecond)
  }

  private forgetIdle(now: number) {
    for (const [client, b] of this.buckets)
      if (b.tokens + ((now - b.at) / 1000) * this.limits.perSecond >= this.limits.capacity) this.buckets.delete(client)
  }
}
