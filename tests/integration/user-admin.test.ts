import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { authenticate, changeUserRole, loadActor, setUserDisabled } from "@/lib/data/users";
import { THROTTLE } from "@/lib/data/sign-in-throttle";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { createActor, DEFAULT_PASSWORD, requestMeta, uid } from "./support/fixtures";

async function sessionVersion(id: string): Promise<number> {
  return (await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } }))
    .sessionVersion;
}

describe("running the team", () => {
  test("changing a role ends the user's existing sessions and is audited", async () => {
    const admin = await createActor("admin");
    const user = await createActor("recruiter");
    const before = await sessionVersion(user.id);
    expect(await loadActor(user.id, before)).not.toBeNull();
    const meta = requestMeta();
    await changeUserRole(admin, user.id, { role: "security_lead" }, meta);
    expect(await loadActor(user.id, before)).toBeNull();
    expect(await loadActor(user.id, before + 1)).toMatchObject({ role: "security_lead" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { requestId: meta.requestId } });
    expect(event).toMatchObject({
      action: "user.role_changed",
      actorId: admin.id,
      targetId: user.id,
      before: { role: "recruiter" },
      after: { role: "security_lead" },
    });
  });

  test("disabling a user ends their sessions and refuses sign-in; enabling restores it", async () => {
    const admin = await createActor("admin");
    const user = await createActor("recruiter");
    const version = await sessionVersion(user.id);
    await setUserDisabled(admin, user.id, true, requestMeta());
    expect(await loadActor(user.id, version)).toBeNull();
    expect(await loadActor(user.id, version + 1)).toBeNull();
    expect(await authenticate(user.email, DEFAULT_PASSWORD, requestMeta())).toBeNull();
    await setUserDisabled(admin, user.id, false, requestMeta());
    expect(await authenticate(user.email, DEFAULT_PASSWORD, requestMeta())).toMatchObject({ id: user.id });
  });

  test("the last active admin cannot be demoted or disabled", async () => {
    const me = await createActor("admin");
    // Disable every other admin so `me` is the last one (other test files only add admins).
    const others = await db.user.findMany({
      where: { role: "admin", disabled: false, id: { not: me.id } },
      select: { id: true },
    });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabled: true } });
    try {
      await expect(changeUserRole(me, me.id, { role: "recruiter" }, requestMeta())).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(setUserDisabled(me, me.id, true, requestMeta())).rejects.toBeInstanceOf(ConflictError);
      expect(await db.user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({
        role: "admin",
        disabled: false,
      });
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabled: false } });
    }
  });

  test.each(["recruiter", "security_lead"] as const)(
    "a %s cannot change roles or disable anyone",
    async (role) => {
      const actor = await createActor(role);
      const target = await createActor("recruiter");
      await expect(changeUserRole(actor, target.id, { role: "admin" }, requestMeta())).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(setUserDisabled(actor, target.id, true, requestMeta())).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
        role: "recruiter",
        disabled: false,
      });
    },
  );

  test("an unknown role is a field error", async () => {
    const admin = await createActor("admin");
    const target = await createActor("recruiter");
    await expect(changeUserRole(admin, target.id, { role: "root" }, requestMeta())).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe("sign-in protection", () => {
  test(`after ${THROTTLE.accountFreeAttempts} failures the account is paced, even for the right password from a new device, and it is audited`, async () => {
    const user = await createActor("recruiter");
    const ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    for (let i = 0; i < THROTTLE.accountFreeAttempts; i++) {
      expect(await authenticate(user.email, `wrong-${uid()}`, requestMeta({ ip }))).toBeNull();
    }
    const meta = requestMeta({ ip: "192.0.2.77" });
    expect(await authenticate(user.email, DEFAULT_PASSWORD, meta)).toBeNull();
    expect(await db.auditEvent.findFirstOrThrow({ where: { requestId: meta.requestId } })).toMatchObject({
      action: "auth.sign_in_locked",
    });
  }, 60_000);

  test("a success clears the account's failures", async () => {
    const user = await createActor("recruiter");
    expect(await authenticate(user.email, "nope-nope", requestMeta())).toBeNull();
    expect(await authenticate(user.email, DEFAULT_PASSWORD, requestMeta())).not.toBeNull();
    expect(await db.signInAttempt.count({ where: { key: `acct:${user.email}` } })).toBe(0);
  });
});
