import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/data/users";
import { accountDelayMs, THROTTLE } from "@/lib/data/sign-in-throttle";
import { createActor, DEFAULT_PASSWORD, requestMeta, uid } from "./support/fixtures";

const address = () => `198.18.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;

/** How many of these requests had their password actually checked (and failed). */
async function evaluatedFailures(requestIds: string[]): Promise<number> {
  return db.auditEvent.count({ where: { requestId: { in: requestIds }, action: "auth.sign_in_failed" } });
}

/** Lets the account's next slot fall due now, as if its gap had passed. */
async function letPaceElapse(email: string): Promise<void> {
  await db.signInAccountThrottle.update({ where: { email }, data: { nextAt: new Date(Date.now() - 1000) } });
}

describe("lockout race: parallel guesses get no more evaluations than sequential ones", () => {
  test("80 parallel wrong passwords from one address: at most the free attempts are checked", async () => {
    const user = await createActor("admin");
    const ip = address();
    const metas = Array.from({ length: 80 }, () => requestMeta({ ip }));
    const results = await Promise.all(metas.map((m) => signInWithPassword(user.email, `wrong-${uid()}`, m)));
    expect(results.every((r) => r.status !== "signed_in")).toBe(true);
    expect(await evaluatedFailures(metas.map((m) => m.requestId))).toBeLessThanOrEqual(
      THROTTLE.accountFreeAttempts,
    );
  }, 120_000);

  test("80 parallel wrong passwords from 80 addresses: at most the free attempts are checked, then the right one is refused too", async () => {
    const user = await createActor("admin");
    const metas = Array.from({ length: 80 }, () => requestMeta({ ip: address() }));
    await Promise.all(metas.map((m) => signInWithPassword(user.email, `wrong-${uid()}`, m)));
    expect(await evaluatedFailures(metas.map((m) => m.requestId))).toBeLessThanOrEqual(
      THROTTLE.accountFreeAttempts,
    );
    expect(
      (await signInWithPassword(user.email, DEFAULT_PASSWORD, requestMeta({ ip: address() }))).status,
    ).toBe("throttled");
  }, 120_000);

  test("80 parallel attempts from one known device: at most the device's limit is checked", async () => {
    const user = await createActor("recruiter");
    const deviceId = randomUUID();
    const metas = Array.from({ length: 80 }, () => requestMeta());
    await Promise.all(metas.map((m) => signInWithPassword(user.email, `wrong-${uid()}`, m, deviceId)));
    expect(await evaluatedFailures(metas.map((m) => m.requestId))).toBeLessThanOrEqual(THROTTLE.deviceLimit);
  }, 120_000);
});

describe("lockout as denial of service: guessers cannot keep the owner out", () => {
  test("after anonymous failures from many addresses the owner still signs in from a device that signed in before", async () => {
    const owner = await createActor("admin");
    const deviceId = randomUUID();
    for (let i = 0; i < THROTTLE.accountFreeAttempts + 3; i++)
      await signInWithPassword(owner.email, `wrong-${uid()}`, requestMeta({ ip: address() }));
    expect(
      (await signInWithPassword(owner.email, DEFAULT_PASSWORD, requestMeta({ ip: address() }))).status,
    ).toBe("throttled");
    const result = await signInWithPassword(
      owner.email,
      DEFAULT_PASSWORD,
      requestMeta({ ip: address() }),
      deviceId,
    );
    expect(result).toMatchObject({ status: "signed_in", user: { id: owner.id }, deviceId });
  }, 60_000);

  test("the account is paced, never locked: once the gap has passed the right password signs in from anywhere", async () => {
    const owner = await createActor("security_lead");
    for (let i = 0; i < THROTTLE.accountFreeAttempts; i++)
      await signInWithPassword(owner.email, `wrong-${uid()}`, requestMeta({ ip: address() }));
    const refused = await signInWithPassword(owner.email, DEFAULT_PASSWORD, requestMeta());
    expect(refused).toMatchObject({ status: "throttled" });
    expect(refused.status === "throttled" && refused.retryAfterSeconds).toBeLessThanOrEqual(
      THROTTLE.accountBaseDelaySeconds,
    );
    await letPaceElapse(owner.email);
    expect(await signInWithPassword(owner.email, DEFAULT_PASSWORD, requestMeta())).toMatchObject({
      status: "signed_in",
    });
  }, 60_000);

  test("each further failure doubles the gap", async () => {
    const owner = await createActor("recruiter");
    for (let i = 0; i < THROTTLE.accountFreeAttempts; i++)
      await signInWithPassword(owner.email, `wrong-${uid()}`, requestMeta({ ip: address() }));
    const gaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      await letPaceElapse(owner.email);
      expect(await signInWithPassword(owner.email, `wrong-${uid()}`, requestMeta({ ip: address() }))).toEqual(
        { status: "failed" },
      );
      const { nextAt } = await db.signInAccountThrottle.findUniqueOrThrow({ where: { email: owner.email } });
      gaps.push(Math.round((nextAt.getTime() - Date.now()) / 1000));
    }
    const base = THROTTLE.accountBaseDelaySeconds;
    expect(gaps[0]).toBeGreaterThanOrEqual(base * 2 - 2);
    expect(gaps[1]).toBeGreaterThanOrEqual(base * 4 - 2);
    expect(gaps[2]).toBeGreaterThanOrEqual(base * 8 - 2);
  }, 60_000);

  test("an address's hard limit stops only that address", async () => {
    const attacker = address();
    for (let i = 0; i < THROTTLE.addressLimit; i++)
      await signInWithPassword(`nobody.${uid()}@candor.test`, "guess", requestMeta({ ip: attacker }));
    const victim = await createActor("recruiter");
    expect(
      await signInWithPassword(victim.email, DEFAULT_PASSWORD, requestMeta({ ip: attacker })),
    ).toMatchObject({ status: "throttled" });
    expect(
      await signInWithPassword(victim.email, DEFAULT_PASSWORD, requestMeta({ ip: address() })),
    ).toMatchObject({ status: "signed_in" });
  }, 60_000);

  test("a refusal is audited with the limit that refused it", async () => {
    const user = await createActor("recruiter");
    for (let i = 0; i < THROTTLE.accountFreeAttempts; i++)
      await signInWithPassword(user.email, `wrong-${uid()}`, requestMeta({ ip: address() }));
    const meta = requestMeta();
    await signInWithPassword(user.email, DEFAULT_PASSWORD, meta);
    const event = await db.auditEvent.findFirstOrThrow({ where: { requestId: meta.requestId } });
    expect(event).toMatchObject({
      action: "auth.sign_in_locked",
      after: { email: user.email, limit: "account" },
    });
  }, 60_000);
});

describe("guessing stays bounded", () => {
  test("a guesser who takes every slot the moment it falls due gets about 100 guesses a day", () => {
    let t = 0;
    let guesses = 0;
    while (t < 24 * 3_600_000) {
      guesses++;
      t += accountDelayMs(guesses);
    }
    expect(guesses).toBeLessThanOrEqual(105);
  });
});
