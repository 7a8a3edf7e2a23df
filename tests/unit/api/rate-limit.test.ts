import { describe, expect, test } from "vitest";
import { rateLimitConfigFromEnv, TokenBucketLimiter } from "@/lib/api/rate-limit";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("token bucket rate limiter", () => {
  test("allows a burst of `capacity`, then refuses with the wait until the next token", () => {
    const c = clock();
    const limiter = new TokenBucketLimiter({ capacity: 3, perMinute: 6 }, c.now);
    const decisions = Array.from({ length: 4 }, () => limiter.take("key"));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
    // 6 a minute: one token every 10 s.
    expect(decisions[3]!.retryAfterSeconds).toBe(10);
  });

  test("refills over time, never above capacity", () => {
    const c = clock();
    const limiter = new TokenBucketLimiter({ capacity: 2, perMinute: 60 }, c.now);
    limiter.take("k");
    limiter.take("k");
    expect(limiter.take("k").allowed).toBe(false);
    c.advance(999);
    expect(limiter.take("k")).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    c.advance(1);
    expect(limiter.take("k").allowed).toBe(true);
    c.advance(3_600_000);
    expect([limiter.take("k"), limiter.take("k"), limiter.take("k")].map((d) => d.allowed)).toEqual([
      true,
      true,
      false,
    ]);
  });

  test("each key has its own bucket", () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, perMinute: 1 }, clock().now);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
    expect(limiter.take("b").allowed).toBe(true);
  });

  test("Retry-After is honest: waiting that long is enough", () => {
    const c = clock();
    const limiter = new TokenBucketLimiter({ capacity: 1, perMinute: 7 }, c.now);
    limiter.take("k");
    const refused = limiter.take("k");
    c.advance(refused.retryAfterSeconds * 1000);
    expect(limiter.take("k").allowed).toBe(true);
  });

  test("rejects a nonsensical configuration", () => {
    expect(() => new TokenBucketLimiter({ capacity: 0, perMinute: 1 })).toThrow();
    expect(() => new TokenBucketLimiter({ capacity: 1, perMinute: 0 })).toThrow();
  });

  test("configuration comes from the environment, with defaults for missing or bad values", () => {
    expect(rateLimitConfigFromEnv({})).toEqual({ capacity: 60, perMinute: 60 });
    expect(
      rateLimitConfigFromEnv({ CANDOR_API_RATE_BURST: "10", CANDOR_API_RATE_PER_MINUTE: "120" }),
    ).toEqual({ capacity: 10, perMinute: 120 });
    expect(
      rateLimitConfigFromEnv({ CANDOR_API_RATE_BURST: "-1", CANDOR_API_RATE_PER_MINUTE: "lots" }),
    ).toEqual({ capacity: 60, perMinute: 60 });
  });
});
