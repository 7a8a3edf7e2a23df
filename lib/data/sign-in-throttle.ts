import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

/**
 * Bounds password guessing without letting anyone lock a person out of their own account.
 *
 * - Per client address (guesses not from a known device): at most `addressLimit` failed or
 *   in-flight attempts in `addressWindowMinutes`, across all accounts. This only ever blocks the
 *   address that made them; the address is the socket's (lib/auth/client-address.ts).
 * - Per account (guesses not from a known device): never a hard lock, a pace. The first
 *   `accountFreeAttempts` attempts are immediate, then each needs the previous gap doubled, from
 *   `accountBaseDelaySeconds` up to `accountMaxDelayMinutes`: about 100 guesses a day from any
 *   number of addresses. The pace is forgotten `accountResetHours` after the last attempt.
 * - A device that signed in to the account before (a signed device cookie, lib/auth/device.ts)
 *   is exempt from both, and has its own hard limit of `deviceLimit` failures a day.
 *
 * Every limit is taken before the password is checked and atomically, so parallel guesses cannot
 * all pass one stale check: see takeCountedSlot and takeAccountSlot.
 */
export const THROTTLE = {
  addressWindowMinutes: 15,
  addressLimit: 20,
  deviceWindowHours: 24,
  deviceLimit: 10,
  accountFreeAttempts: 5,
  accountBaseDelaySeconds: 30,
  accountMaxDelayMinutes: 15,
  accountResetHours: 24,
} as const;

const addressKey = (ip: string) => `ip:${ip}`;
const deviceKey = (deviceId: string) => `dev:${deviceId}`;

export type ThrottleDecision =
  | { allowed: true; attemptIds: string[]; deviceId: string | null }
  | { allowed: false; limit: "address" | "device" | "account"; retryAfterSeconds: number };

/** The gap that must pass after the n-th account-wide attempt before the next one is evaluated. */
export function accountDelayMs(n: number): number {
  if (n < THROTTLE.accountFreeAttempts) return 0;
  const seconds = THROTTLE.accountBaseDelaySeconds * 2 ** (n - THROTTLE.accountFreeAttempts);
  return Math.min(THROTTLE.accountMaxDelayMinutes * 60, seconds) * 1000;
}

/**
 * A counted limit, recorded before it is checked: the row is inserted (and committed) first,
 * then the window is counted. Of N parallel attempts the k-th to commit counts at least k rows,
 * so at most `limit` of them ever pass, whatever the isolation level. A refused attempt removes
 * its row again, so hammering does not grow the table or extend the block.
 */
async function takeCountedSlot(key: string, limit: number, windowMs: number): Promise<{ id: string } | { retryAfterSeconds: number }> {
  const id = randomUUID();
  const now = new Date();
  await db.signInAttempt.create({ data: { id, key, at: now } });
  const since = new Date(now.getTime() - windowMs);
  const count = await db.signInAttempt.count({ where: { key, at: { gte: since } } });
  if (count <= limit) return { id };
  await db.signInAttempt.delete({ where: { id } }).catch(() => undefined);
  const oldest = await db.signInAttempt.findFirst({ where: { key, at: { gte: since } }, orderBy: { at: "asc" }, select: { at: true } });
  return { retryAfterSeconds: Math.max(1, Math.ceil(((oldest?.at.getTime() ?? now.getTime()) + windowMs - now.getTime()) / 1000)) };
}

/**
 * The account-wide pace, as a compare-and-set on the account's row: an attempt reads
 * (attempts, nextAt, version), and only if nextAt has passed may it move attempts on by one and
 * push nextAt out. Two parallel attempts that read the same row cannot both write it (the
 * update's WHERE names the version it read), so the loser reads again and usually finds the next
 * slot not yet due.
 */
async function takeAccountSlot(email: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  for (let round = 0; round < 25; round++) {
    const now = new Date();
    let row = await db.signInAccountThrottle.findUnique({ where: { email } });
    if (!row) {
      // Two first attempts may race to create it; the loser reads the winner's row next round.
      row = await db.signInAccountThrottle.create({ data: { email, attempts: 0, nextAt: now, lastAt: now } }).catch(() => null);
      if (!row) continue;
    }
    const expired = now.getTime() - row.lastAt.getTime() > THROTTLE.accountResetHours * 3_600_000;
    if (!expired && row.nextAt > now) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((row.nextAt.getTime() - now.getTime()) / 1000)) };
    }
    const n = (expired ? 0 : row.attempts) + 1;
    const { count } = await db.signInAccountThrottle.updateMany({
      where: { email, version: row.version },
      data: { attempts: n, nextAt: new Date(now.getTime() + accountDelayMs(n)), lastAt: now, version: { increment: 1 } },
    });
    if (count === 1) return { ok: true };
  }
  // Under heavy contention: refuse rather than let a guess through unpaced.
  return { ok: false, retryAfterSeconds: 1 };
}

/**
 * Takes the slots one sign-in attempt needs, before its password is checked. `deviceId` is a
 * device cookie already verified for this email by the caller, or null.
 */
export async function beginSignInAttempt(email: string, ip: string | null, deviceId: string | null): Promise<ThrottleDecision> {
  if (deviceId) {
    const slot = await takeCountedSlot(deviceKey(deviceId), THROTTLE.deviceLimit, THROTTLE.deviceWindowHours * 3_600_000);
    if (!("id" in slot)) return { allowed: false, limit: "device", retryAfterSeconds: slot.retryAfterSeconds };
    return { allowed: true, attemptIds: [slot.id], deviceId };
  }
  const attemptIds: string[] = [];
  if (ip) {
    const slot = await takeCountedSlot(addressKey(ip), THROTTLE.addressLimit, THROTTLE.addressWindowMinutes * 60_000);
    if (!("id" in slot)) return { allowed: false, limit: "address", retryAfterSeconds: slot.retryAfterSeconds };
    attemptIds.push(slot.id);
  }
  const account = await takeAccountSlot(email);
  if (!account.ok) return { allowed: false, limit: "account", retryAfterSeconds: account.retryAfterSeconds };
  return { allowed: true, attemptIds, deviceId: null };
}

/**
 * After a successful sign-in: its own slots were not failures, and a known device's earlier
 * failures are forgiven. Of the account's pace only this attempt is given back (the failures
 * stay), so that a person signing in does not hand a guesser a fresh run of immediate attempts.
 */
export async function finishSuccessfulAttempt(email: string, decision: Extract<ThrottleDecision, { allowed: true }>): Promise<void> {
  if (!decision.deviceId) {
    await db.signInAccountThrottle.updateMany({ where: { email, attempts: { gt: 0 } }, data: { attempts: { decrement: 1 }, version: { increment: 1 } } });
  }
  await db.signInAttempt.deleteMany({
    where: { OR: [{ id: { in: decision.attemptIds } }, ...(decision.deviceId ? [{ key: deviceKey(decision.deviceId) }] : [])] },
  });
  // Rows past every window are of no further use.
  await db.signInAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - THROTTLE.deviceWindowHours * 3_600_000) } } });
  await db.signInAccountThrottle.deleteMany({ where: { lastAt: { lt: new Date(Date.now() - THROTTLE.accountResetHours * 3_600_000) } } });
}
