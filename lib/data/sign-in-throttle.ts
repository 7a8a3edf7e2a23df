import "server-only";
import { db } from "@/lib/db";

/**
 * Slows down and then locks password guessing, per account and per client address. Attempts
 * are rows, so the limits hold across server processes and restarts.
 */
export const THROTTLE = {
  windowMinutes: 15,
  accountLockAfter: 5,
  addressLockAfter: 20,
  slowAfter: 2,
  maxDelayMs: 4000,
} as const;

const accountKey = (email: string) => `acct:${email}`;
const addressKey = (ip: string) => `ip:${ip}`;

function since(): Date {
  return new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
}

export async function throttleState(email: string, ip: string | null): Promise<{ locked: boolean; delayMs: number; failures: number }> {
  const keys = [accountKey(email), ...(ip ? [addressKey(ip)] : [])];
  const rows = await db.signInAttempt.groupBy({ by: ["key"], where: { key: { in: keys }, at: { gte: since() } }, _count: { _all: true } });
  const count = (k: string) => rows.find((r) => r.key === k)?._count._all ?? 0;
  const account = count(accountKey(email));
  const address = ip ? count(addressKey(ip)) : 0;
  const locked = account >= THROTTLE.accountLockAfter || address >= THROTTLE.addressLockAfter;
  const over = Math.max(0, account - THROTTLE.slowAfter);
  return { locked, delayMs: Math.min(THROTTLE.maxDelayMs, over * 1000), failures: account };
}

export async function recordFailure(email: string, ip: string | null): Promise<void> {
  const keys = [accountKey(email), ...(ip ? [addressKey(ip)] : [])];
  await db.signInAttempt.createMany({ data: keys.map((key) => ({ key })) });
  // Old attempts are of no further use.
  await db.signInAttempt.deleteMany({ where: { key: { in: keys }, at: { lt: new Date(Date.now() - 86_400_000) } } });
}

export async function clearFailures(email: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { key: accountKey(email) } });
}
