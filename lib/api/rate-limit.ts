/**
 * A token bucket per API key, held in this process's memory. Each key may burst up to
 * `capacity` requests and is refilled at `perMinute` tokens a minute. Several server processes
 * each keep their own buckets (so the effective limit is per process); a restart refills them.
 * Configure with CANDOR_API_RATE_BURST (default 60) and CANDOR_API_RATE_PER_MINUTE (default 60).
 */
export interface RateLimitConfig {
  capacity: number;
  perMinute: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until a token is available again; 0 when allowed. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const MAX_BUCKETS = 10_000;

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly config: RateLimitConfig,
    private readonly now: () => number = Date.now,
  ) {
    if (!(config.capacity >= 1) || !(config.perMinute > 0))
      throw new Error("Rate limit needs capacity ≥ 1 and a positive refill rate");
  }

  private refill(bucket: Bucket, t: number): void {
    const perMs = this.config.perMinute / 60_000;
    bucket.tokens = Math.min(this.config.capacity, bucket.tokens + Math.max(0, t - bucket.at) * perMs);
    bucket.at = t;
  }

  take(key: string): RateDecision {
    const t = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= MAX_BUCKETS) this.prune(t);
      bucket = { tokens: this.config.capacity, at: t };
      this.buckets.set(key, bucket);
    }
    this.refill(bucket, t);
    const limit = this.config.capacity;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, limit, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0 };
    }
    const waitMs = ((1 - bucket.tokens) * 60_000) / this.config.perMinute;
    return { allowed: false, limit, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** Buckets that have refilled completely carry no state worth keeping. */
  private prune(t: number): void {
    for (const [key, bucket] of this.buckets) {
      this.refill(bucket, t);
      if (bucket.tokens >= this.config.capacity) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}

function positive(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw !== undefined && raw.trim() !== "" && Number.isFinite(n) && n > 0 ? n : fallback;
}

export function rateLimitConfigFromEnv(
  env: Record<string, string | undefined> = process.env,
): RateLimitConfig {
  return {
    capacity: Math.max(1, Math.floor(positive(env.CANDOR_API_RATE_BURST, 60))),
    perMinute: positive(env.CANDOR_API_RATE_PER_MINUTE, 60),
  };
}

const globalForLimiter = globalThis as unknown as { candorApiLimiter?: TokenBucketLimiter };

// On globalThis so every route bundle in the server process shares one set of buckets.
/** The process-wide limiter, configured from the environment on first use. */
export function apiRateLimiter(): TokenBucketLimiter {
  globalForLimiter.candorApiLimiter ??= new TokenBucketLimiter(rateLimitConfigFromEnv());
  return globalForLimiter.candorApiLimiter;
}

/** Replaces the process-wide limiter (tests use it to make the limit small). */
export function configureApiRateLimiter(config: RateLimitConfig): TokenBucketLimiter {
  globalForLimiter.candorApiLimiter = new TokenBucketLimiter(config);
  return globalForLimiter.candorApiLimiter;
}
